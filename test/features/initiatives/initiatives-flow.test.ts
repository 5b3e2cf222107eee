import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Initiative } from '../../../src/domain/initiatives/initiative-model.ts';
import { initiativesRepo, listInitiatives } from '../../../src/features/initiatives/initiative-repo.ts';
import { recognisedSection } from '../../../src/features/initiatives/recognised-summary.ts';
import { COMMON } from '../../../src/i18n/common-strings.ts';
import { INITIATIVE } from '../../../src/i18n/initiative-strings.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';

const NOW = new Date('2026-11-16T02:00:00Z');
const quoted = (x: string) => JSON.stringify(x).slice(1, -1);
const s = INITIATIVE.vi;
const REVIEW_UNIT = 'Phòng Hành chính – Tổ chức';

const FORM = {
  initiativeId: '',
  title: 'Phiếu hẹn trả kết quả điện tử',
  authors: 'Nguyễn Văn An; Trần Thị Bình',
  unitId: 'kinh-te',
  area: 'tthc',
  description: 'Gửi phiếu hẹn trả kết quả qua tin nhắn và Zalo thay cho phiếu giấy.',
  expectedEffect: 'Giảm 30% thời gian chờ của người dân',
  startDate: '01/03/2026',
};

describe('initiatives: registered by a member, reviewed by Phòng Hành chính – Tổ chức, recognised and exported', function () {
  this.timeout(60_000);
  let t: TestBot;

  const texts = (memberId: string): string[] => t.connector.messagesTo(conversationOf(t.user(memberId))).map((c) => FakeConnector.textOf(c));
  const ofKinhTe = async (): Promise<Initiative> => (await listInitiatives(t.bot.app)).find((i) => i.unitId === 'kinh-te')!;

  before(async () => {
    t = await TestBot.start({ now: () => NOW });
    for (const id of ['thuong-truc', 'truong-kinh-te', 'truong-van-xa', 'truong-tong-hop', 'truong-ban']) await t.install(t.user(id));
  });
  after(async () => {
    await t.stop();
  });

  it('refuses a bad registration with every reason, keeping what was typed, and stores nothing', async () => {
    await t.say(t.user('truong-kinh-te'), 'sáng kiến');
    expect(texts('truong-kinh-te').at(-1)).to.include(quoted(s.listTitle(2026))).and.include(quoted(s.register)).and.not.include(quoted(s.exportCsv));
    const form = await t.click(t.user('truong-kinh-te'), 'initiative.form', { initiativeId: '' });
    expect(JSON.stringify(form.value)).to.include(quoted(s.formTitle));
    const res = await t.click(t.user('truong-kinh-te'), 'initiative.submit', { ...FORM, unitId: 'van-xa', expectedEffect: '', startDate: '31/02/2026' });
    const card = JSON.stringify(res.value);
    expect(card).to.include(quoted(s.problem({ kind: 'missing', field: 'expectedEffect' })));
    expect(card).to.include(quoted(s.problem({ kind: 'notOwnUnit', unitId: 'van-xa' })));
    expect(card).to.include(quoted(s.problem({ kind: 'badDate', value: '31/02/2026' })));
    expect(card).to.include(`"value":"${quoted(FORM.description)}"`).and.include('"value":"31/02/2026"');
    expect(await listInitiatives(t.bot.app)).to.deep.equal([]);
  });

  it('registers once (a double click too) and tells the reviewing unit', async () => {
    const before = texts('thuong-truc').length;
    const first = await t.click(t.user('truong-kinh-te'), 'initiative.submit', FORM);
    const second = await t.click(t.user('truong-kinh-te'), 'initiative.submit', FORM);
    expect(JSON.stringify(first.value)).to.include(quoted(s.registered));
    expect(JSON.stringify(second.value)).to.include(quoted(s.registered));
    const all = await listInitiatives(t.bot.app);
    expect(all).to.have.length(1);
    expect(all[0]).to.deep.include({ status: 'submitted', registeredBy: 'truong-kinh-te', unitId: 'kinh-te', area: 'tthc', startDate: '2026-03-01' });
    const told = texts('thuong-truc').slice(before);
    expect(told).to.have.length(1);
    expect(told[0]).to.include(quoted(s.toReviewer(REVIEW_UNIT))).and.include(quoted(FORM.title)).and.include('"verb":"initiative.review"');
  });

  it('only the reviewing unit decides', async () => {
    const i = await ofKinhTe();
    for (const who of ['truong-kinh-te', 'truong-ban']) {
      const res = await t.click(t.user(who), 'initiative.review', { initiativeId: i.id, decision: 'recognise', note: '' });
      expect(JSON.stringify(res.value), who).to.include(quoted(COMMON.vi.forbidden));
    }
    expect((await ofKinhTe()).status).to.equal('submitted');
  });

  it('asks for more (a note required), the author is told, completes and resubmits; the earlier text is kept', async () => {
    const i = await ofKinhTe();
    const noNote = await t.click(t.user('thuong-truc'), 'initiative.review', { initiativeId: i.id, decision: 'askMore', note: ' ' });
    expect(JSON.stringify(noNote.value)).to.include(quoted(s.problem({ kind: 'noteRequired', decision: 'askMore' })));
    expect((await ofKinhTe()).status).to.equal('submitted');

    const note = 'Đề nghị bổ sung số liệu thí điểm tại bộ phận một cửa.';
    const asked = await t.click(t.user('thuong-truc'), 'initiative.review', { initiativeId: i.id, decision: 'askMore', note });
    expect(JSON.stringify(asked.value)).to.include(quoted(s.decided(s.decisions.askMore)));
    expect((await ofKinhTe()).status).to.equal('needs-more');
    const told = texts('truong-kinh-te').at(-1)!;
    expect(told).to.include(quoted(s.toAuthor.askMore(REVIEW_UNIT, note))).and.include(quoted(s.supplement));

    // Someone else may not complete it.
    const other = await t.click(t.user('truong-van-xa'), 'initiative.form', { initiativeId: i.id });
    expect(JSON.stringify(other.value)).to.include(quoted(s.problem({ kind: 'notAuthor' })));

    const form = await t.click(t.user('truong-kinh-te'), 'initiative.form', { initiativeId: i.id });
    expect(JSON.stringify(form.value)).to.include(quoted(s.resubmitTitle(FORM.title))).and.include(quoted(FORM.expectedEffect));
    const before = texts('thuong-truc').length;
    const effect = 'Thí điểm 3 tháng: thời gian chờ giảm 32%.';
    const res = await t.click(t.user('truong-kinh-te'), 'initiative.submit', { ...FORM, initiativeId: i.id, expectedEffect: effect });
    expect(JSON.stringify(res.value)).to.include(quoted(s.resubmitted));
    const after = await ofKinhTe();
    expect(after).to.deep.include({ status: 'submitted', expectedEffect: effect });
    expect(after.versions.map((v) => v.expectedEffect)).to.deep.equal([FORM.expectedEffect]);
    expect(texts('thuong-truc').slice(before).join()).to.include(quoted(s.toReviewerAgain(REVIEW_UNIT)));
  });

  it('accepts for consideration, then recognises; the author is told each time', async () => {
    const i = await ofKinhTe();
    await t.click(t.user('thuong-truc'), 'initiative.review', { initiativeId: i.id, decision: 'accept', note: '' });
    expect(texts('truong-kinh-te').at(-1)).to.include(quoted(s.toAuthor.accept(REVIEW_UNIT, '')));
    await t.click(t.user('thuong-truc'), 'initiative.review', { initiativeId: i.id, decision: 'recognise', note: 'Nhân rộng toàn Văn phòng' });
    expect(texts('truong-kinh-te').at(-1)).to.include(quoted(s.toAuthor.recognise(REVIEW_UNIT, '')));
    const recognised = await ofKinhTe();
    expect(recognised).to.deep.include({ status: 'recognised', recognisedOn: '2026-11-16' });
    expect(recognised.events.map((e) => e.kind)).to.deep.equal(['submitted', 'askMore', 'resubmitted', 'accept', 'recognise']);
    // A recognised initiative is decided: asking again is refused.
    const again = await t.click(t.user('thuong-truc'), 'initiative.review', { initiativeId: i.id, decision: 'refuse', note: 'x' });
    expect(JSON.stringify(again.value)).to.include(quoted(s.problem({ kind: 'wrongState', status: 'recognised' })));
  });

  it('refuses only with a reason, and the author reads the reason', async () => {
    await t.click(t.user('truong-van-xa'), 'initiative.submit', { ...FORM, unitId: 'van-xa', title: 'Sổ tay thủ tục văn hóa' });
    const i = (await listInitiatives(t.bot.app)).find((x) => x.unitId === 'van-xa')!;
    const noReason = await t.click(t.user('thuong-truc'), 'initiative.review', { initiativeId: i.id, decision: 'refuse', note: '' });
    expect(JSON.stringify(noReason.value)).to.include(quoted(s.problem({ kind: 'noteRequired', decision: 'refuse' })));
    const reason = 'Trùng với mô hình đã được công nhận năm 2025.';
    await t.click(t.user('thuong-truc'), 'initiative.review', { initiativeId: i.id, decision: 'refuse', note: reason });
    expect((await initiativesRepo(t.bot.app).get(i.id))!.status).to.equal('refused');
    expect(texts('truong-van-xa').at(-1)).to.include(quoted(s.toAuthor.refuse(REVIEW_UNIT, reason)));
    // A unit head sees their own unit's initiatives only.
    await t.say(t.user('truong-kinh-te'), 'sáng kiến 2026');
    expect(texts('truong-kinh-te').at(-1)).to.include(quoted(FORM.title)).and.not.include('Sổ tay thủ tục văn hóa');
    const forged = await t.click(t.user('truong-kinh-te'), 'initiative.open', { initiativeId: i.id });
    expect(JSON.stringify(forged.value)).to.include(quoted(COMMON.vi.forbidden));
  });

  it('lists the year’s recognised initiatives by unit in thống kê, and exports them as .csv (formulas neutralised) and .xlsx', async () => {
    const formula = '=HYPERLINK("http://example.invalid","x")';
    await t.click(t.user('truong-tong-hop'), 'initiative.submit', { ...FORM, unitId: 'tong-hop', title: formula, authors: '@Nhóm tác giả' });
    const i = (await listInitiatives(t.bot.app)).find((x) => x.unitId === 'tong-hop')!;
    await t.click(t.user('thuong-truc'), 'initiative.review', { initiativeId: i.id, decision: 'recognise', note: '' });

    // No quarter was reported in this test: the statistics say so, with the year's initiatives.
    await t.say(t.user('truong-ban'), 'thống kê');
    const stats = texts('truong-ban').at(-1)!;
    expect(stats).to.include(quoted(s.recognisedTitle(2026))).and.include(quoted(s.recognisedSummary(2, 2)));
    const section = await recognisedSection(t.bot.app, 'vi');
    expect(section.units.map((u) => u.unit)).to.deep.equal(['Phòng Tổng hợp', 'Phòng Kinh tế']);
    expect(section.units[1]!.lines).to.deep.equal([s.recognisedLine(FORM.title, FORM.authors, '16/11/2026')]);

    const csv = await t.click(t.user('truong-ban'), 'initiative.export', { year: '2026', format: 'csv' });
    const outbox = path.join(t.dataDir, 'outbox');
    expect(JSON.stringify(csv.value)).to.include(quoted(s.exported(path.join(outbox, 'sang-kien-duoc-cong-nhan-2026.csv'))));
    const text = await readFile(path.join(outbox, 'sang-kien-duoc-cong-nhan-2026.csv'), 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).to.have.length(3);
    expect(lines[0]).to.include('"Đơn vị"').and.include('"Tên sáng kiến"');
    // Roster order: Phòng Tổng hợp before Phòng Kinh tế; the formula and the @ cell start with an apostrophe.
    expect(lines[1]).to.include('"Phòng Tổng hợp"').and.include(`"'=HYPERLINK(""http://example.invalid"",""x"")"`).and.include(`"'@Nhóm tác giả"`);
    expect(lines[2]).to.include('"Phòng Kinh tế"').and.include(`"${FORM.title}"`);

    await t.click(t.user('truong-ban'), 'initiative.export', { year: '2026', format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(outbox, 'sang-kien-duoc-cong-nhan-2026.xlsx'));
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1).map(String));
    expect(rows[1]!.slice(0, 3)).to.deep.equal(['STT', 'Đơn vị', 'Tên sáng kiến']);
    expect(rows[2]!.slice(0, 4)).to.deep.equal(['1', 'Phòng Tổng hợp', formula, '@Nhóm tác giả']);
    expect(sheet.getCell('C3').type).to.equal(ExcelJS.ValueType.String);
    expect(rows[3]!.slice(0, 3)).to.deep.equal(['2', 'Phòng Kinh tế', FORM.title]);
    expect(rows[3]![6]).to.equal('16/11/2026');

    const forbidden = await t.click(t.user('truong-kinh-te'), 'initiative.export', { year: '2026', format: 'csv' });
    expect(JSON.stringify(forbidden.value)).to.include(quoted(COMMON.vi.forbidden));
  });

  it('answers in English for a member who chose English', async () => {
    await t.say(t.user('truong-kinh-te'), 'language English');
    await t.say(t.user('truong-kinh-te'), 'initiative');
    expect(texts('truong-kinh-te').at(-1)).to.include(quoted(INITIATIVE.en.listTitle(2026)));
  });
});
