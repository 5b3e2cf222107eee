import { expect } from 'chai';
import { conversationOf, createUser } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { FakeGraph } from '../../helpers/fake-graph.ts';

const CARD = 'application/vnd.microsoft.card.adaptive';
const UNITS = ['tong-hop', 'kinh-te', 'van-xa', 'kiem-soat-tthc', 'du-an', 'do-thi', 'noi-chinh-phap-che', 'tiep-cong-dan', 'hanh-chinh-to-chuc', 'quan-tri-tai-vu', 'trung-tam-tin-hoc', 'trung-tam-cong-bao'];

function cardsIn(t: TestBot, user: ReturnType<TestBot['user']>) {
  return t.connector.messagesTo(conversationOf(user)).filter((c) => JSON.stringify(c.body).includes('"verb":"report.submit"'));
}

describe('a quarter end to end over HTTP (fake Bot Connector and fake Graph)', function () {
  this.timeout(60_000);
  let t: TestBot;
  let now = new Date('2026-12-01T02:00:00Z'); // 09:00 in Hà Nội, Tuesday
  const heads = () => UNITS.map((u) => t.bot.app.roster.unit(u)!.head);

  before(async () => {
    t = await TestBot.start({ withGraph: true, now: () => now, env: { CITY_COMMITTEE_EMAIL: 'bcd-cchc@thanhpho.example.gov.vn' } });
    for (const id of new Set([...heads(), 'thuong-truc', 'truong-ban', 'pho-kinh-te'])) await t.install(t.user(id));
  });
  after(async () => {
    await t.stop();
  });

  it('refuses a unit head who tries to open the quarter', async () => {
    await t.say(t.user('truong-van-xa'), 'mở báo cáo quý IV/2026');
    const last = t.connector.messagesTo(conversationOf(t.user('truong-van-xa'))).at(-1)!;
    expect(FakeConnector.textOf(last)).to.include('không có quyền');
    expect(await t.bot.app.cycles.get('2026-q4')).to.equal(undefined);
  });

  it('rejects a bad deadline with a clear message and creates nothing', async () => {
    await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 31/02/2026');
    const last = t.connector.messagesTo(conversationOf(t.user('thuong-truc'))).at(-1)!;
    expect(FakeConnector.textOf(last)).to.include('không phải ngày hợp lệ');
    expect(await t.bot.app.cycles.get('2026-q4')).to.equal(undefined);
  });

  it('opens the quarter once and posts 12 report cards to 12 conversations, the deputy standing in for an absent head', async () => {
    const standing = t.user('thuong-truc');
    await t.say(standing, 'vắng Phòng Kinh tế');
    expect(FakeConnector.textOf(t.connector.messagesTo(conversationOf(standing)).at(-1)!)).to.include('Lý Thu Phó Kinh Tế');
    await t.say(standing, 'mở báo cáo quý IV/2026 hạn 10/12/2026');
    await t.bot.app.tasks.idle();
    const cycle = await t.bot.app.cycles.get('2026-q4');
    expect(cycle).to.include({ label: 'Quý IV/2026', unitDeadline: '2026-12-10', dataFrom: '2026-09-15', dataTo: '2026-12-14', state: 'open' });
    const formConversations = t.connector.calls.filter((c) => c.method !== 'PUT' && JSON.stringify(c.body).includes('"verb":"report.submit"')).map((c) => c.conversationId);
    expect(formConversations).to.have.length(12);
    expect(new Set(formConversations).size).to.equal(12);
    expect(cardsIn(t, t.user('truong-kinh-te'))).to.have.length(0);
    expect(FakeConnector.textOf(cardsIn(t, t.user('pho-kinh-te'))[0]!)).to.include('báo cáo thay trưởng đơn vị Trịnh Minh Kinh Tế');
    const progressUpdates = t.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === conversationOf(standing));
    expect(FakeConnector.textOf(progressUpdates.at(-1)!)).to.include('Đã gửi 12/12 đơn vị');
    const form = FakeConnector.textOf(cardsIn(t, t.user('truong-tong-hop'))[0]!);
    for (const label of ['Kết quả thực hiện nhiệm vụ CCHC', 'Khó khăn – vướng mắc', 'Đề xuất – kiến nghị', 'Nhiệm vụ trọng tâm quý tới', 'Tài liệu kiểm chứng', 'Hạn nộp', '10/12/2026', '15/09/2026 – 14/12/2026', 'Gửi báo cáo']) {
      expect(form).to.include(label);
    }
    await t.say(standing, 'mở báo cáo quý IV/2026');
    expect(FakeConnector.textOf(t.connector.messagesTo(conversationOf(standing)).at(-1)!)).to.include('đã được mở trước đó');
    expect(await t.bot.app.store.list('cycles')).to.deep.equal(['2026-q4']);
  });

  it('stores submissions with versions, one version per repeated click, and refuses other units and non-members', async () => {
    const submit = (memberId: string, unitId: string, text: string, extra: Record<string, string> = {}) =>
      t.click(t.user(memberId), 'report.submit', { cycleId: '2026-q4', unitId, [`area_${t.bot.app.roster.unit(unitId)!.parAreas[0]}`]: text, difficulties: 'Thiếu nhân sự', ...extra });
    const submitters = UNITS.filter((u) => !['tiep-cong-dan', 'du-an', 'kinh-te'].includes(u));
    for (const unitId of submitters) {
      const res = await submit(t.bot.app.roster.unit(unitId)!.head, unitId, `Kết quả quý IV của ${unitId}`);
      expect(res.type).to.equal(CARD);
      expect(JSON.stringify(res.value)).to.include('Đã nhận báo cáo CCHC');
    }
    // The deputy submits for the absent head of Phòng Kinh tế.
    const byDeputy = await submit('pho-kinh-te', 'kinh-te', 'Kết quả do cấp phó báo cáo', { taskStatus: 'in-progress', taskNote: 'Đạt 80%' });
    expect(JSON.stringify(byDeputy.value)).to.include('Lý Thu Phó Kinh Tế');
    // An edit creates version 2 and keeps version 1.
    const edit = await t.click(t.user('truong-tong-hop'), 'report.edit', { cycleId: '2026-q4', unitId: 'tong-hop' });
    expect(JSON.stringify(edit.value)).to.include('Kết quả quý IV của tong-hop');
    await submit('truong-tong-hop', 'tong-hop', 'Kết quả đã sửa của Phòng Tổng hợp');
    // The same answers twice (retry, double click) store one version.
    await Promise.all([submit('truong-van-xa', 'van-xa', 'Kết quả lần hai'), submit('truong-van-xa', 'van-xa', 'Kết quả lần hai')]);
    // A head cannot submit for another unit (a forged card), a non-member cannot submit at all.
    const forged = await submit('truong-do-thi', 'du-an', 'giả mạo');
    expect(forged.value).to.include('không có quyền');
    const stranger = await t.click(createUser({ name: 'Khách' }), 'report.submit', { cycleId: '2026-q4', unitId: 'du-an', area_the_che: 'x' });
    expect(stranger.value).to.include('chưa có tên trong danh sách');
    const tongHop = await t.bot.app.cycles.getSubmission('2026-q4', 'tong-hop');
    expect(tongHop!.versions.map((v) => v.version)).to.deep.equal([1, 2]);
    expect(tongHop!.versions[0]!.answers.areas['chi-dao-dieu-hanh']).to.equal('Kết quả quý IV của tong-hop');
    expect((await t.bot.app.cycles.getSubmission('2026-q4', 'van-xa'))!.versions).to.have.length(2);
    const kinhTe = (await t.bot.app.cycles.getSubmission('2026-q4', 'kinh-te'))!.versions[0]!;
    expect(kinhTe).to.include({ submittedBy: 'pho-kinh-te', onBehalfOf: 'truong-kinh-te', late: false });
    expect(await t.bot.app.cycles.getSubmission('2026-q4', 'du-an')).to.equal(undefined);
    expect((await t.bot.app.cycles.submissions('2026-q4')).size).to.equal(10);
  });

  it('answers a form with missing results and a bad link with the reasons, keeping the typed text, storing nothing', async () => {
    const res = await t.click(t.user('truong-du-an'), 'report.submit', { cycleId: '2026-q4', unitId: 'du-an', difficulties: 'Chữ đã gõ', evidence: 'javascript:alert(1)' });
    const card = JSON.stringify(res.value);
    expect(card).to.include('Báo cáo chưa được lưu vì');
    expect(card).to.include('ít nhất một lĩnh vực');
    expect(card).to.include('https://');
    expect(card).to.include('Chữ đã gõ');
    expect(await t.bot.app.cycles.getSubmission('2026-q4', 'du-an')).to.equal(undefined);
  });

  it('shows status rows per unit to the standing member and only their own unit to a unit head', async () => {
    now = new Date('2026-12-11T03:00:00Z'); // past the deadline: late submissions are marked late
    const late = await t.click(t.user('truong-du-an'), 'report.submit', { cycleId: '2026-q4', unitId: 'du-an', 'area_the-che': 'Nộp muộn một ngày' });
    expect(JSON.stringify(late.value)).to.include('Trễ hạn');
    await t.say(t.user('thuong-truc'), 'tình hình');
    const status = FakeConnector.textOf(t.connector.messagesTo(conversationOf(t.user('thuong-truc'))).at(-1)!);
    expect(status).to.include('Tình hình nộp báo cáo Quý IV/2026');
    expect(status).to.include('Ban Tiếp công dân');
    expect(status).to.include('Chưa nộp');
    expect(status).to.include('Nộp trễ hạn');
    expect(status).to.include('Vắng – cấp phó nộp');
    expect(status).to.include('Tổng: 12 đơn vị — đã nộp 9, nộp trễ hạn 1, cấp phó nộp 1, chưa nộp 1');
    await t.say(t.user('truong-van-xa'), 'tình hình');
    const own = FakeConnector.textOf(t.connector.messagesTo(conversationOf(t.user('truong-van-xa'))).at(-1)!);
    expect(own).to.include('Phòng Văn xã');
    expect(own).to.not.include('Phòng Đô thị');
  });

  it('compiles, previews, and sends exactly one email to the chief through Graph, waiting out a 429', async () => {
    const standing = t.user('thuong-truc');
    await t.say(standing, 'tổng hợp');
    const preview = FakeConnector.textOf(t.connector.messagesTo(conversationOf(standing)).at(-1)!);
    expect(preview).to.include('Xem trước báo cáo tổng hợp Quý IV/2026');
    expect(preview).to.include('11/12');
    expect(preview).to.include('Ban Tiếp công dân');
    expect(preview).to.include('Soạn báo cáo tổng hợp');
    expect(preview).to.include('"verb":"synthesis.open"');
    let throttled = false;
    t.graph.faultFor = (call) => {
      if (FakeGraph.isMailWrite(call) && !throttled) {
        throttled = true;
        return { status: 429, headers: { 'Retry-After': '1' } };
      }
      return undefined;
    };
    const [first, second] = await Promise.all([t.click(standing, 'report.send', { cycleId: '2026-q4' }), t.click(standing, 'report.send', { cycleId: '2026-q4' })]);
    expect(JSON.stringify(first.value) + JSON.stringify(second.value)).to.include('Đã gửi báo cáo tổng hợp đến Lê Văn Trưởng Ban');
    expect(JSON.stringify(first.value) + JSON.stringify(second.value)).to.include('không gửi lần thứ hai');
    const again = await t.click(standing, 'report.send', { cycleId: '2026-q4' });
    expect(JSON.stringify(again.value)).to.include('không gửi lần thứ hai');
    expect(t.graph.refused.filter((c) => c.status === 429)).to.have.length(1);
    const mails = t.graph.sentMails();
    expect(mails).to.have.length(1);
    expect(t.graph.calls.find((c) => c.path.endsWith('/send'))!.path).to.equal(`/users/thuongtruc@vanphong.example.gov.vn/messages/${mails[0]!.id}/send`);
    const message = mails[0]!.message as { subject: string; toRecipients: Array<{ emailAddress: { address: string } }>; ccRecipients: Array<{ emailAddress: { address: string } }>; body: { contentType: string; content: string }; attachments: Array<{ name: string; contentType: string; contentBytes: string }> };
    expect(message.subject).to.equal('Báo cáo kết quả CCHC Quý IV/2026');
    expect(message.toRecipients.map((r) => r.emailAddress.address)).to.deep.equal(['truongban@vanphong.example.gov.vn']);
    // The City committee receives only the approved, numbered report (test/features/synthesis).
    expect(message.ccRecipients.map((r) => r.emailAddress.address)).to.deep.equal([]);
    expect(message.body.contentType).to.equal('HTML');
    for (const text of ['Cải cách thể chế', 'KHÓ KHĂN, VƯỚNG MẮC', 'Thiếu nhân sự', 'Kết quả đã sửa của Phòng Tổng hợp', 'Ban Tiếp công dân']) expect(message.body.content).to.include(text);
    expect(message.body.content).to.not.include('Kết quả quý IV của tong-hop');
    expect(message.attachments).to.have.length(1);
    expect(message.attachments[0]!.name).to.match(/\.docx$/);
    expect(Buffer.from(message.attachments[0]!.contentBytes, 'base64').subarray(0, 2).toString()).to.equal('PK');
    expect((await t.bot.app.cycles.get('2026-q4'))!.state).to.equal('sent');
  });
});

describe('units that cannot be reached', function () {
  this.timeout(30_000);
  it('are reported to the standing member by name with the reason, and get the card once they install the app', async () => {
    const t = await TestBot.start({ now: () => new Date('2026-12-01T02:00:00Z') });
    try {
      for (const id of ['thuong-truc', 'truong-van-xa', 'truong-du-an']) await t.install(t.user(id));
      t.connector.faultFor = (call) => (call.conversationId === conversationOf(t.user('truong-du-an')) && call.method !== 'PUT' && JSON.stringify(call.body).includes('report.submit') ? { status: 403 } : undefined);
      await t.say(t.user('thuong-truc'), 'mo bao cao quy IV/2026');
      await t.bot.app.tasks.idle();
      const progress = t.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === conversationOf(t.user('thuong-truc'))).at(-1)!;
      const text = FakeConnector.textOf(progress);
      expect(text).to.include('Đã gửi 2/12 đơn vị');
      expect(text).to.include('Ngô Thị Tiếp Dân');
      expect(text).to.include('chưa cài đặt hoặc chưa mở Trợ lý');
      expect(text).to.include('đã chặn Trợ lý');
      expect((await t.bot.app.cycles.getDelivery('2026-q4', 'du-an'))!.status).to.equal('blocked');
      await t.install(t.user('truong-tiep-cong-dan'));
      await t.bot.app.tasks.idle();
      expect(t.connector.messagesTo(conversationOf(t.user('truong-tiep-cong-dan'))).filter((c) => JSON.stringify(c.body).includes('report.submit'))).to.have.length(1);
      expect((await t.bot.app.cycles.getDelivery('2026-q4', 'tiep-cong-dan'))!.status).to.equal('sent');
    } finally {
      await t.stop();
    }
  });
});

describe('a head marked absent after the quarter opened', function () {
  this.timeout(30_000);
  it('sends the open form to the deputy, who can submit; marking the head present again does not resend a submitted form', async () => {
    const t = await TestBot.start({ now: () => new Date('2026-12-01T02:00:00Z') });
    try {
      for (const id of ['thuong-truc', 'truong-kinh-te', 'pho-kinh-te']) await t.install(t.user(id));
      await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026');
      await t.bot.app.tasks.idle();
      expect(cardsIn(t, t.user('truong-kinh-te'))).to.have.length(1);
      expect(cardsIn(t, t.user('pho-kinh-te'))).to.have.length(0);
      await t.say(t.user('thuong-truc'), 'vắng kinh tế');
      await t.bot.app.tasks.idle();
      expect(cardsIn(t, t.user('pho-kinh-te'))).to.have.length(1);
      const res = await t.click(t.user('pho-kinh-te'), 'report.submit', { cycleId: '2026-q4', unitId: 'kinh-te', 'area_the-che': 'Cấp phó báo cáo' });
      expect(JSON.stringify(res.value)).to.include('Đã nhận báo cáo CCHC');
      await t.say(t.user('thuong-truc'), 'có mặt kinh tế');
      await t.bot.app.tasks.idle();
      expect(cardsIn(t, t.user('truong-kinh-te'))).to.have.length(1);
      expect((await t.bot.app.cycles.getDelivery('2026-q4', 'kinh-te'))!.memberId).to.equal('pho-kinh-te');
    } finally {
      await t.stop();
    }
  });
});

describe('a typed deadline on a day off', function () {
  this.timeout(30_000);
  it('moves to the next working day, so a report on that day is on time', async () => {
    let now = new Date('2026-12-01T02:00:00Z');
    const t = await TestBot.start({ now: () => now });
    try {
      for (const id of ['thuong-truc', 'truong-van-xa']) await t.install(t.user(id));
      await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 12/12/2026'); // a Saturday
      await t.bot.app.tasks.idle();
      expect((await t.bot.app.cycles.get('2026-q4'))!.unitDeadline).to.equal('2026-12-14');
      now = new Date('2026-12-14T08:00:00Z'); // Monday 15:00 in Hà Nội
      const res = await t.click(t.user('truong-van-xa'), 'report.submit', { cycleId: '2026-q4', unitId: 'van-xa', 'area_the-che': 'Đúng hạn' });
      expect(JSON.stringify(res.value)).to.include('Đúng hạn');
    } finally {
      await t.stop();
    }
  });
});

describe('forms waiting for a member whose install event was missed', function () {
  this.timeout(30_000);
  it('go out on their first message', async () => {
    const t = await TestBot.start({ now: () => new Date('2026-12-01T02:00:00Z') });
    try {
      await t.install(t.user('thuong-truc'));
      await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026');
      await t.bot.app.tasks.idle();
      expect((await t.bot.app.cycles.getDelivery('2026-q4', 'van-xa'))!.status).to.equal('no-reference');
      await t.say(t.user('truong-van-xa'), 'tình hình');
      await t.bot.app.tasks.idle();
      expect(cardsIn(t, t.user('truong-van-xa'))).to.have.length(1);
      await t.say(t.user('truong-van-xa'), 'tình hình');
      await t.bot.app.tasks.idle();
      expect(cardsIn(t, t.user('truong-van-xa'))).to.have.length(1);
    } finally {
      await t.stop();
    }
  });
});

describe('a submission stored just after the compilation (a race)', function () {
  this.timeout(30_000);
  it('is in the report that is sent', async () => {
    const t = await TestBot.start({ now: () => new Date('2026-12-11T02:00:00Z') });
    try {
      await t.install(t.user('thuong-truc'));
      await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 11/12/2026');
      await t.bot.app.tasks.idle();
      await t.say(t.user('thuong-truc'), 'tổng hợp');
      const compiledAt = (await t.bot.app.cycles.getCompiled('2026-q4'))!.compiledAt;
      // The unit's write passed the "still open" check before the compile and landed after it.
      await t.bot.app.cycles.updateSubmission('2026-q4', 'van-xa', () => ({
        cycleId: '2026-q4',
        unitId: 'van-xa',
        versions: [{ version: 1, submittedBy: 'truong-van-xa', at: new Date(Date.parse(compiledAt) + 1).toISOString(), late: false, answers: { areas: { 'the-che': 'Nộp sát giờ tổng hợp' }, taskNote: '', difficulties: '', proposals: '', nextQuarterTasks: '', evidence: [], answers: [] } }],
      }));
      const sent = await t.click(t.user('thuong-truc'), 'report.send', { cycleId: '2026-q4' });
      expect(JSON.stringify(sent.value)).to.include('"value":"1/12"');
      const { readdir, readFile } = await import('node:fs/promises');
      const outbox = `${t.dataDir}/outbox`;
      const eml = (await readdir(outbox)).find((f) => f.endsWith('.eml'))!;
      const html = Buffer.from((await readFile(`${outbox}/${eml}`, 'utf8')).split('\r\n\r\n')[2]!.replace(/\r\n/g, ''), 'base64').toString('utf8');
      expect(html).to.include('Nộp sát giờ tổng hợp');
    } finally {
      await t.stop();
    }
  });
});
