import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { TestBot } from '../../helpers/test-bot.ts';
import { cardOf, lastTextTo, runQuarter, type ScriptedQuarter } from './run-quarter.ts';
import { conversationOf } from '../../helpers/activities.ts';

const CARD = 'application/vnd.microsoft.card.adaptive';

// Q3: deadline Thu 10/09; Phòng Đô thị reports Mon 14/09 (2 working days late).
const Q3: ScriptedQuarter = {
  quarter: 'III/2026',
  deadline: '10/09/2026',
  openAt: '2026-09-01T02:00:00Z',
  submissions: [
    { unitId: 'tong-hop', at: '2026-09-08T02:00:00Z' },
    { unitId: 'kinh-te', at: '2026-09-09T02:00:00Z' },
    { unitId: 'do-thi', at: '2026-09-14T03:00:00Z' },
  ],
  compileAt: '2026-09-15T02:00:00Z',
};
// Q4: deadline Thu 10/12; Phòng Kinh tế reports Fri 11/12 (1 working day late).
const Q4: ScriptedQuarter = {
  quarter: 'IV/2026',
  deadline: '10/12/2026',
  openAt: '2026-12-01T02:00:00Z',
  submissions: [
    { unitId: 'tong-hop', at: '2026-12-02T02:00:00Z' },
    { unitId: 'do-thi', at: '2026-12-10T09:00:00Z' },
    { unitId: 'kinh-te', at: '2026-12-11T03:00:00Z' },
  ],
  compileAt: '2026-12-15T02:00:00Z',
};

type Card = ReturnType<typeof cardOf>;

/** Unit name -> [on time, late, missing, mean delay] read from the stats card's rows. */
function statsRows(card: Card): Map<string, string[]> {
  const rows = card.body.filter((item) => item.type === 'ColumnSet' && !JSON.stringify(item).includes('"Bolder"')) as Array<{ columns: Array<{ items: Array<{ text: string }> }> }>;
  return new Map(rows.map((r) => [r.columns[0]!.items[0]!.text, r.columns.slice(1).map((c) => c.items[0]!.text)]));
}

function invokeCard(res: { type?: string; value?: unknown }): Card {
  expect(res.type).to.equal(CARD);
  return res.value as Card;
}

describe('past reports and statistics, local mode (outbox files)', function () {
  this.timeout(60_000);
  let t: TestBot;
  let now = new Date(Q3.openAt);
  const setNow = (iso: string) => {
    now = new Date(iso);
  };

  before(async () => {
    t = await TestBot.start({ now: () => now });
    for (const id of ['thuong-truc', 'truong-ban', 'pho-truong-ban', 'truong-van-xa']) await t.install(t.user(id));
    await runQuarter(t, setNow, Q3);
    // Q4 is opened but not compiled yet: the history test below asks for it first.
    setNow(Q4.openAt);
    await t.say(t.user('thuong-truc'), `mở báo cáo quý ${Q4.quarter} hạn ${Q4.deadline}`);
    await t.bot.app.tasks.idle();
  });
  after(async () => {
    await t.stop();
  });

  it('gives the chief the compiled report of a past quarter as a card and a .docx in the outbox', async () => {
    await t.say(t.user('truong-ban'), 'báo cáo quý III/2026');
    const last = t.connector.messagesTo(conversationOf(t.user('truong-ban'))).at(-1)!;
    const text = JSON.stringify(cardOf(last));
    expect(text).to.include('Báo cáo tổng hợp Quý III/2026');
    expect(text).to.include('Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026');
    expect(text).to.include('3/12');
    expect(text).to.include('Ban Tiếp công dân');
    expect(text).to.not.include('report.mailCopy');
    const file = /Tệp báo cáo \(\.docx\) đã được lưu tại: ([^"]+\.docx)/.exec(text)?.[1];
    expect(file, 'path of the .docx on the card').to.be.a('string');
    expect(path.dirname(file!)).to.equal(path.join(t.dataDir, 'outbox'));
    expect(path.basename(file!)).to.equal('bao-cao-cchc-quy-iii-2026.docx');
    const bytes = await readFile(file!);
    expect(bytes.subarray(0, 2).toString()).to.equal('PK');
    expect(bytes.length).to.be.greaterThan(2000);
  });

  it('answers clearly for a quarter never opened, a quarter not compiled yet, and a bad period', async () => {
    await t.say(t.user('thuong-truc'), 'báo cáo quý II/2026');
    expect(lastTextTo(t, 'thuong-truc')).to.include('Không có kỳ báo cáo Quý II/2026: kỳ này chưa từng được mở.');
    await t.say(t.user('thuong-truc'), 'báo cáo quý IV/2026');
    expect(lastTextTo(t, 'thuong-truc')).to.include('Kỳ báo cáo Quý IV/2026 chưa được tổng hợp');
    await t.say(t.user('thuong-truc'), 'báo cáo quý 13/2026');
    expect(lastTextTo(t, 'thuong-truc')).to.include('chưa hiểu kỳ báo cáo');
  });

  it('refuses a unit head', async () => {
    await t.say(t.user('truong-van-xa'), 'báo cáo quý III/2026');
    expect(lastTextTo(t, 'truong-van-xa')).to.include('không có quyền');
    await t.say(t.user('truong-van-xa'), 'thống kê');
    expect(lastTextTo(t, 'truong-van-xa')).to.include('không có quyền');
    const click = await t.click(t.user('truong-van-xa'), 'stats.exportCsv', { quarters: '4', lastQuarter: '2026-q4' });
    expect(click.value).to.include('không có quyền');
  });

  it('counts on time, late, missing and mean working-day delay per unit over two quarters', async () => {
    for (const s of Q4.submissions) {
      setNow(s.at);
      const unit = t.bot.app.roster.unit(s.unitId)!;
      await t.click(t.user(unit.head), 'report.submit', { cycleId: '2026-q4', unitId: s.unitId, [`area_${unit.parAreas[0]}`]: `Kết quả của ${unit.name}` });
    }
    setNow(Q4.compileAt);
    await t.say(t.user('thuong-truc'), 'tổng hợp IV/2026');
    // Without a quarter: the latest compiled cycle.
    await t.say(t.user('pho-truong-ban'), 'báo cáo');
    expect(lastTextTo(t, 'pho-truong-ban')).to.include('Báo cáo tổng hợp Quý IV/2026');

    await t.say(t.user('pho-truong-ban'), 'thống kê');
    const card = cardOf(t.connector.messagesTo(conversationOf(t.user('pho-truong-ban'))).at(-1)!);
    const text = JSON.stringify(card);
    expect(text).to.include('Thống kê nộp báo cáo CCHC — 4 quý gần nhất');
    expect(text).to.include('Quý I/2026 (không mở kỳ), Quý II/2026 (không mở kỳ), Quý III/2026, Quý IV/2026');
    const rows = statsRows(card);
    expect(rows.size).to.equal(12);
    expect(rows.get('Phòng Tổng hợp')).to.deep.equal(['2', '0', '0', '—']);
    expect(rows.get('Phòng Kinh tế')).to.deep.equal(['1', '1', '0', '1']);
    expect(rows.get('Phòng Đô thị')).to.deep.equal(['1', '1', '0', '2']);
    expect(rows.get('Phòng Văn xã')).to.deep.equal(['0', '0', '2', '—']);
    expect(text).to.include('Tổng: 4 lượt đúng hạn, 2 lượt trễ hạn (bình quân 1,5 ngày làm việc), 18 lượt chưa nộp.');
    expect(JSON.stringify(card.actions)).to.include('stats.exportCsv');

    await t.say(t.user('pho-truong-ban'), 'thống kê 8');
    expect(lastTextTo(t, 'pho-truong-ban')).to.include('8 quý gần nhất');
    await t.say(t.user('pho-truong-ban'), 'thống kê nhiều');
    expect(lastTextTo(t, 'pho-truong-ban')).to.include('chưa hiểu số quý');
  });

  it('exports the statistics as UTF-8 CSV with a BOM and Vietnamese headers into the outbox', async () => {
    const res = await t.click(t.user('thuong-truc'), 'stats.exportCsv', { quarters: '4', lastQuarter: '2026-q4' });
    const text = JSON.stringify(invokeCard(res));
    const file = /Tệp CSV đã được lưu tại: ([^"]+\.csv)/.exec(text)?.[1];
    expect(file, 'path of the CSV on the card').to.be.a('string');
    expect(path.dirname(file!)).to.equal(path.join(t.dataDir, 'outbox'));
    const bytes = await readFile(file!);
    expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).to.equal('"STT","Đơn vị","Đúng hạn","Trễ hạn","Chưa nộp","Chưa đến hạn","Trễ bình quân (ngày làm việc)","Quý I/2026","Quý II/2026","Quý III/2026","Quý IV/2026"');
    expect(lines).to.include('"6","Phòng Đô thị","1","1","0","0","2","Không mở kỳ","Không mở kỳ","Trễ 2 ngày làm việc","Đúng hạn"');
    expect(lines).to.include('"2","Phòng Kinh tế","1","1","0","0","1","Không mở kỳ","Không mở kỳ","Đúng hạn","Trễ 1 ngày làm việc"');
    expect(lines).to.include('"7","Phòng Nội chính – Pháp chế","0","0","2","0","","Không mở kỳ","Không mở kỳ","Chưa nộp","Chưa nộp"');
    expect(lines).to.include('"","Tổng cộng","4","2","18","0","1,5","","","",""');
    expect(bytes.toString('utf8')).to.equal(bytes.toString('utf8').normalize('NFC'));
  });
});

describe('past reports and statistics, Graph mode (mailed to the caller)', function () {
  this.timeout(60_000);
  let t: TestBot;
  let now = new Date(Q4.openAt);
  const setNow = (iso: string) => {
    now = new Date(iso);
  };

  before(async () => {
    t = await TestBot.start({ withGraph: true, now: () => now });
    for (const id of ['thuong-truc', 'truong-ban']) await t.install(t.user(id));
    await runQuarter(t, setNow, Q4);
  });
  after(async () => {
    await t.stop();
  });

  const mails = () => t.graph.sentMails().map((m) => m.message as { subject: string; toRecipients: Array<{ emailAddress: { address: string } }>; attachments: Array<{ name: string; contentType: string; contentBytes: string }> });

  it('offers the .docx by email and sends it once to the caller', async () => {
    await t.say(t.user('truong-ban'), 'báo cáo quý IV/2026');
    const card = cardOf(t.connector.messagesTo(conversationOf(t.user('truong-ban'))).at(-1)!);
    expect(JSON.stringify(card.actions)).to.include('report.mailCopy');
    const first = await t.click(t.user('truong-ban'), 'report.mailCopy', { cycleId: '2026-q4' });
    expect(JSON.stringify(invokeCard(first))).to.include('Đã gửi tệp đến email truongban@vanphong.example.gov.vn');
    const second = await t.click(t.user('truong-ban'), 'report.mailCopy', { cycleId: '2026-q4' });
    expect(JSON.stringify(invokeCard(second))).to.include('không gửi lần thứ hai');
    expect(mails()).to.have.length(1);
    const mail = mails()[0]!;
    expect(mail.toRecipients.map((r) => r.emailAddress.address)).to.deep.equal(['truongban@vanphong.example.gov.vn']);
    expect(mail.subject).to.equal('Bản lưu báo cáo kết quả CCHC Quý IV/2026');
    expect(mail.attachments[0]!.name).to.equal('bao-cao-cchc-quy-iv-2026.docx');
    expect(Buffer.from(mail.attachments[0]!.contentBytes, 'base64').subarray(0, 2).toString()).to.equal('PK');
    const forged = await t.click(t.user('truong-ban'), 'report.mailCopy', { cycleId: '../../etc' });
    expect(forged.value).to.include('Chưa có kỳ báo cáo nào được tổng hợp');
  });

  it('mails the statistics CSV to the caller as an attachment', async () => {
    const res = await t.click(t.user('thuong-truc'), 'stats.exportCsv', { quarters: '4', lastQuarter: '2026-q4' });
    expect(JSON.stringify(invokeCard(res))).to.include('Đã gửi tệp đến email thuongtruc@vanphong.example.gov.vn');
    const mail = mails().at(-1)!;
    expect(mail.toRecipients.map((r) => r.emailAddress.address)).to.deep.equal(['thuongtruc@vanphong.example.gov.vn']);
    expect(mail.attachments[0]!.name).to.equal('thong-ke-cchc-2026-q1-2026-q4.csv');
    const csv = Buffer.from(mail.attachments[0]!.contentBytes, 'base64');
    expect([...csv.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).to.include('"Phòng Kinh tế","0","1","0","0","1"');
  });
});
