import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MAX_SECTION_CHARS } from '../../../src/domain/synthesis/section-limits.ts';
import { settleApproved } from '../../../src/features/synthesis/send-to-city.ts';
import { SynthesisRepo } from '../../../src/features/synthesis/synthesis-repo.ts';
import { COMMON } from '../../../src/i18n/common-strings.ts';
import { SYNTHESIS } from '../../../src/i18n/synthesis-strings.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { paragraphs, readDocxPart } from '../../report/read-docx.ts';
import { CYCLE_ID, quarterCompiled } from './compiled-quarter.ts';

/** Text of a mailed .docx attachment, paragraph by paragraph. */
function docxText(base64: string): string {
  return paragraphs(readDocxPart(Buffer.from(base64, 'base64'), 'word/document.xml')).map((p) => p.text).join('\n');
}

const CITY = 'bcd-cchc@thanhpho.example.gov.vn';
const s = SYNTHESIS.vi;
/** Catalogue text as it appears inside JSON (quotes escaped). */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

type MailMessage = { subject: string; toRecipients: Array<{ emailAddress: { address: string } }>; ccRecipients: Array<{ emailAddress: { address: string } }>; attachments: Array<{ name: string; contentBytes: string }> };

const TEXT = {
  strengths: 'Các đơn vị hoàn thành đúng hạn phần lớn nhiệm vụ.',
  limitations: 'Một số đơn vị còn thiếu nhân sự.',
  nextQuarter: 'Tiếp tục rà soát thủ tục hành chính.',
  proposals: 'Bổ sung biên chế cho bộ phận một cửa.',
  recommendations: 'Đề nghị Thành phố hỗ trợ kinh phí số hóa.',
};

const lastTo = (t: TestBot, memberId: string) => FakeConnector.textOf(t.connector.messagesTo(conversationOf(t.user(memberId))).at(-1)!);
const cardsTo = (t: TestBot, memberId: string, verb: string) => t.connector.messagesTo(conversationOf(t.user(memberId))).filter((c) => JSON.stringify(c.body).includes(`"verb":"${verb}"`));

describe('synthesis, trình ký and sending to the City committee over HTTP', function () {
  this.timeout(60_000);
  let t: TestBot;
  let dataDir: string;
  const clock = { now: new Date('2026-12-01T02:00:00Z') };
  const standing = () => t.user('thuong-truc');
  const chief = () => t.user('truong-ban');
  const synthesis = () => new SynthesisRepo(t.bot.app.store).get(CYCLE_ID);
  const mails = () => t.graph.sentMails().map((m) => m.message as MailMessage);

  before(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-synthesis-'));
    t = await TestBot.start({ withGraph: true, dataDir, now: () => clock.now, env: { CITY_COMMITTEE_EMAIL: CITY } });
    await quarterCompiled(t, clock);
  });
  after(async () => {
    await t.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('offers the synthesis from the preview and opens a draft prefilled from the units, as version 1', async () => {
    expect(lastTo(t, 'thuong-truc')).to.include('"verb":"synthesis.open"');
    const res = await t.click(standing(), 'synthesis.open', { cycleId: CYCLE_ID });
    const card = JSON.stringify(res.value);
    expect(card).to.include(inJson(s.draftTitle('Quý IV/2026')));
    expect(card).to.include('Khó khăn của Phòng Văn xã');
    expect(card).to.include(inJson(s.sections.recommendations));
    expect((await synthesis())!.versions).to.have.length(1);
  });

  it('saves each changed text as a version; the same text again is no new version', async () => {
    const first = await t.click(standing(), 'synthesis.save', { cycleId: CYCLE_ID, ...TEXT });
    expect(JSON.stringify(first.value)).to.include(inJson(s.saved(2)));
    const again = await t.click(standing(), 'synthesis.save', { cycleId: CYCLE_ID, ...TEXT });
    expect(JSON.stringify(again.value)).to.include(inJson(s.unchanged));
    expect((await synthesis())!.versions.map((v) => v.version)).to.deep.equal([1, 2]);
  });

  it('refuses a text that is too long or a missing section, keeping what was typed and storing nothing', async () => {
    const long = 'x'.repeat(MAX_SECTION_CHARS + 1);
    const tooLong = await t.click(standing(), 'synthesis.save', { cycleId: CYCLE_ID, ...TEXT, proposals: long, strengths: 'Chữ đã gõ dở' });
    expect(JSON.stringify(tooLong.value)).to.include(inJson(s.problems.tooLong(s.sections.proposals, MAX_SECTION_CHARS)));
    expect(JSON.stringify(tooLong.value)).to.include('Chữ đã gõ dở');
    const missing = await t.click(standing(), 'synthesis.submit', { cycleId: CYCLE_ID, ...TEXT, strengths: '', limitations: 'Chữ còn giữ' });
    expect(JSON.stringify(missing.value)).to.include(inJson(s.problems.required(s.sections.strengths)));
    expect(JSON.stringify(missing.value)).to.include('Chữ còn giữ');
    expect((await synthesis())!.versions).to.have.length(2);
    expect((await synthesis())!.state).to.equal('draft');
    expect(cardsTo(t, 'truong-ban', 'synthesis.approve')).to.have.length(0);
  });

  it('trình ký sends the chief an approval card; nothing is mailed before approval and the draft is locked', async () => {
    const res = await t.click(standing(), 'synthesis.submit', { cycleId: CYCLE_ID, ...TEXT });
    expect(JSON.stringify(res.value)).to.include(inJson(s.submitted('Lê Văn Trưởng Ban')));
    const approval = cardsTo(t, 'truong-ban', 'synthesis.approve');
    expect(approval).to.have.length(1);
    expect(JSON.stringify(approval[0]!.body)).to.include(TEXT.recommendations);
    expect(JSON.stringify(approval[0]!.body)).to.include('"verb":"synthesis.return"');
    const locked = await t.click(standing(), 'synthesis.save', { cycleId: CYCLE_ID, ...TEXT, strengths: 'Sửa khi đang trình' });
    expect(JSON.stringify(locked.value)).to.include(inJson(s.refusals['awaiting-approval']));
    expect(JSON.stringify(locked.value)).to.include('Sửa khi đang trình');
    expect(mails()).to.have.length(0);
  });

  it('refuses an approval by someone who is not the decision maker', async () => {
    const deputy = await t.click(t.user('pho-truong-ban'), 'synthesis.approve', { cycleId: CYCLE_ID, number: '', comments: '' });
    expect(JSON.stringify(deputy.value)).to.include(inJson(COMMON.vi.forbidden));
    const own = await t.click(standing(), 'synthesis.approve', { cycleId: CYCLE_ID, number: '', comments: '' });
    expect(JSON.stringify(own.value)).to.include(inJson(COMMON.vi.forbidden));
    expect((await synthesis())!.state).to.equal('submitted');
  });

  it('returns with comments to the standing member (comments required), who edits and submits again, versions kept', async () => {
    const empty = await t.click(chief(), 'synthesis.return', { cycleId: CYCLE_ID, number: '', comments: '' });
    expect(JSON.stringify(empty.value)).to.include(inJson(s.refusals['comments-required']));
    const back = await t.click(chief(), 'synthesis.return', { cycleId: CYCLE_ID, number: '', comments: 'Bổ sung số liệu hồ sơ trực tuyến.' });
    expect(JSON.stringify(back.value)).to.include(inJson(s.returned('Trần Thị Thường Trực')));
    expect((await synthesis())!.state).to.equal('returned');
    const told = t.connector.messagesTo(conversationOf(standing())).slice(-2).map((c) => FakeConnector.textOf(c)).join('\n');
    expect(told).to.include(inJson(s.returnedNotice('Lê Văn Trưởng Ban', 'Quý IV/2026')));
    expect(told).to.include('Bổ sung số liệu hồ sơ trực tuyến.');
    expect(told).to.include('"verb":"synthesis.submit"');
    const resubmit = await t.click(standing(), 'synthesis.submit', { cycleId: CYCLE_ID, ...TEXT, nextQuarter: 'Tăng tỷ lệ hồ sơ trực tuyến lên 60%.' });
    expect(JSON.stringify(resubmit.value)).to.include(inJson(s.states.submitted));
    const stored = (await synthesis())!;
    expect(stored.versions.map((v) => v.version)).to.deep.equal([1, 2, 3]);
    expect(stored.requests.map((r) => r.version)).to.deep.equal([2, 3]);
    expect(stored.returns).to.have.length(1);
    expect(cardsTo(t, 'truong-ban', 'synthesis.approve')).to.have.length(2);
    expect(mails()).to.have.length(0);
  });

  it('approves with the year’s counter number and mails the City committee exactly once, the members told', async () => {
    const bad = await t.click(chief(), 'synthesis.approve', { cycleId: CYCLE_ID, number: '15/BC', comments: '' });
    expect(JSON.stringify(bad.value)).to.include(inJson(s.badNumber('15/BC')));
    expect((await synthesis())!.state).to.equal('submitted');
    expect(mails()).to.have.length(0);
    const [a, b] = await Promise.all([
      t.click(chief(), 'synthesis.approve', { cycleId: CYCLE_ID, number: '', comments: '' }),
      t.click(chief(), 'synthesis.approve', { cycleId: CYCLE_ID, number: '', comments: '' }),
    ]);
    expect(JSON.stringify(a.value) + JSON.stringify(b.value)).to.include(inJson(s.approved('1', '11/12/2026')));
    const stored = (await synthesis())!;
    expect(stored.approval).to.include({ number: '1', issuedOn: '2026-12-11', numberSource: 'counter', by: 'truong-ban', version: 3 });
    expect(stored.sentAt).to.be.a('string');
    expect(mails()).to.have.length(1);
    const mail = mails()[0]!;
    expect(mail.toRecipients.map((r) => r.emailAddress.address)).to.deep.equal([CITY]);
    expect(mail.ccRecipients.map((r) => r.emailAddress.address)).to.include('truongban@vanphong.example.gov.vn');
    expect(mail.subject).to.equal(s.mailSubject('Quý IV/2026', '1/BC-VP'));
    const xml = docxText(mail.attachments[0]!.contentBytes);
    for (const text of ['Số: 1/BC-VP', 'ngày 11 tháng 12 năm 2026', 'II. ĐÁNH GIÁ CHUNG', TEXT.strengths, 'Tăng tỷ lệ hồ sơ trực tuyến lên 60%.', TEXT.recommendations]) expect(xml).to.include(text);
    expect(xml).to.not.include('Tiếp tục rà soát thủ tục hành chính.');
    for (const id of ['thuong-truc', 'pho-truong-ban', 'truong-van-xa']) expect(cardsTo(t, id, 'synthesis.copy'), id).to.have.length(1);
  });

  it('sends nothing on a second click, and nothing after a restart', async () => {
    const again = await t.click(chief(), 'synthesis.approve', { cycleId: CYCLE_ID, number: '', comments: '' });
    expect(JSON.stringify(again.value)).to.include('không gửi lần thứ hai');
    expect(mails()).to.have.length(1);
    await t.stop();
    t = await TestBot.start({ withGraph: true, dataDir, now: () => clock.now, env: { CITY_COMMITTEE_EMAIL: CITY } });
    await settleApproved(t.bot.app);
    const afterRestart = await t.click(chief(), 'synthesis.approve', { cycleId: CYCLE_ID, number: '', comments: '' });
    expect(JSON.stringify(afterRestart.value)).to.include('không gửi lần thứ hai');
    expect(t.graph.sentMails()).to.have.length(0);
    expect(cardsTo(t, 'truong-van-xa', 'synthesis.copy')).to.have.length(0);
    expect((await synthesis())!.approval!.number).to.equal('1');
  });

  it('mails a member a copy of the sent report once', async () => {
    const copy = await t.click(t.user('truong-van-xa'), 'synthesis.copy', { cycleId: CYCLE_ID });
    expect(JSON.stringify(copy.value)).to.include(inJson(s.copySent(t.bot.app.roster.member('truong-van-xa')!.email)));
    await t.click(t.user('truong-van-xa'), 'synthesis.copy', { cycleId: CYCLE_ID });
    expect(t.graph.sentMails()).to.have.length(1);
  });
});

describe('a number typed from the register', function () {
  this.timeout(60_000);
  it('is the document’s number; without a City address the chief receives it', async () => {
    const clock = { now: new Date('2026-12-01T02:00:00Z') };
    const t = await TestBot.start({ withGraph: true, now: () => clock.now });
    try {
      await quarterCompiled(t, clock);
      await t.click(t.user('thuong-truc'), 'synthesis.open', { cycleId: CYCLE_ID });
      await t.click(t.user('thuong-truc'), 'synthesis.submit', { cycleId: CYCLE_ID, ...TEXT });
      const res = await t.click(t.user('truong-ban'), 'synthesis.approve', { cycleId: CYCLE_ID, number: ' 027 ', comments: '' });
      expect(JSON.stringify(res.value)).to.include(inJson(s.approved('27', '11/12/2026')));
      const mail = t.graph.sentMails()[0]!.message as MailMessage;
      expect(mail.toRecipients.map((r) => r.emailAddress.address)).to.deep.equal(['truongban@vanphong.example.gov.vn']);
      expect(docxText(mail.attachments[0]!.contentBytes)).to.include('Số: 27/BC-VP');
      expect(await t.bot.app.store.get('doc-numbers', '2026')).to.equal(undefined);
    } finally {
      await t.stop();
    }
  });
});
