import { expect } from 'chai';
import { getPlan } from '../../../src/features/plan/plan-repo.ts';
import { renderCycleDocument } from '../../../src/features/report-document.ts';
import { CYCLE } from '../../../src/i18n/cycle-strings.ts';
import { PLAN_PROGRESS_LABELS } from '../../../src/report/plan-progress-labels.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { paragraphs, readDocxPart } from '../../report/read-docx.ts';

const f = CYCLE.vi.form.plan;
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

/** Rows of every table in a document.xml, each as its cells' text. */
function tableRows(xml: string): string[][] {
  return Array.from(xml.matchAll(/<w:tr>.*?<\/w:tr>/gs), ([row]) => Array.from(row.matchAll(/<w:tc>.*?<\/w:tc>/gs), ([cell]) => paragraphs(cell).map((p) => p.text).join('\n')));
}

// The shipped illustrative 2026 plan (data/plans/2026.xlsx): Phòng Tổng hợp leads task 2 (due 15/12/2026) and
// cooperates on task 1 (quarter I, not started: overdue) and task 10 (quarter IV).
describe('plan tasks on the quarterly form over HTTP: listed, reported, carried into the plan and the compiled report', function () {
  this.timeout(60_000);
  let t: TestBot;
  const clock = { now: new Date('2026-12-01T02:00:00Z') };
  const formTo = (memberId: string) => t.connector.messagesTo(conversationOf(t.user(memberId))).filter((c) => JSON.stringify(c.body).includes('"verb":"report.submit"'));

  before(async () => {
    t = await TestBot.start({ now: () => clock.now });
    for (const id of ['thuong-truc', 'truong-tong-hop', 'truong-kinh-te']) await t.install(t.user(id));
    await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 10/12/2026');
    await t.bot.app.tasks.idle();
  });
  after(async () => {
    await t.stop();
  });

  it('lists the unit\'s own tasks due or open in the quarter, each with a status and a result, and no other unit\'s', () => {
    const form = JSON.stringify(formTo('truong-tong-hop')[0]!.body);
    expect(form).to.include(inJson(f.title(2026)));
    expect(form).to.include(inJson(f.illustrative));
    expect(form).to.include(inJson(f.heading('2', 'Báo cáo kết quả CCHC hằng quý, 6 tháng, năm đúng hạn')));
    expect(form).to.include('"id":"task_t-2_status"');
    expect(form).to.include('"id":"task_t-2_result"');
    // Cooperating tasks ask for the unit's result only; the lead unit sets the status.
    expect(form).to.include('"id":"task_t-1_result"').and.include('"id":"task_t-10_result"');
    expect(form).to.not.include('"id":"task_t-1_status"');
    expect(form).to.include(inJson(' (quá hạn)'));
    expect(form).to.not.include('task_t-5_').and.not.include('Số hóa hồ sơ');
    // The single progress field of the old form is gone.
    expect(form).to.not.include('"id":"taskStatus"');
  });

  it('refuses an unknown status with the reason, keeping every typed value, and changes neither the report nor the plan', async () => {
    const res = await t.click(t.user('truong-tong-hop'), 'report.submit', { cycleId: '2026-q4', unitId: 'tong-hop', 'area_chi-dao-dieu-hanh': 'Kết quả quý IV', 'task_t-2_status': 'xong-roi', 'task_t-2_result': 'Chữ đã gõ cho nhiệm vụ 2' });
    const card = JSON.stringify(res.value);
    expect(card).to.include(inJson(CYCLE.vi.problems({ field: 'task_t-2_status', problem: 'badChoice' }, f.status('2'))));
    expect(card).to.include('Chữ đã gõ cho nhiệm vụ 2').and.include('Kết quả quý IV');
    expect(await t.bot.app.cycles.getSubmission('2026-q4', 'tong-hop')).to.equal(undefined);
    expect((await getPlan(t.bot.app, 2026))!.tasks.find((x) => x.id === 't-2')!.status).to.equal('not-started');
  });

  it('a submitted status updates the plan task; the cooperating result joins its history; the receipt shows both', async () => {
    const res = await t.click(t.user('truong-tong-hop'), 'report.submit', { cycleId: '2026-q4', unitId: 'tong-hop', 'area_chi-dao-dieu-hanh': 'Kết quả quý IV', 'task_t-2_status': 'in-progress', 'task_t-2_result': 'Đã gửi báo cáo quý III', 'task_t-10_result': 'Cung cấp 5 tin bài' });
    const receipt = JSON.stringify(res.value);
    expect(receipt).to.include('Đã nhận báo cáo CCHC');
    expect(receipt).to.include(inJson(f.receiptLabel('2', 'Báo cáo kết quả CCHC hằng quý, 6 tháng, năm đúng hạn'))).and.include('Đang thực hiện — Đã gửi báo cáo quý III');
    const plan = (await getPlan(t.bot.app, 2026))!;
    expect(plan.tasks.find((x) => x.id === 't-2')).to.include({ status: 'in-progress', result: 'Đã gửi báo cáo quý III' });
    const t10 = plan.tasks.find((x) => x.id === 't-10')!;
    expect(t10.status).to.equal('not-started');
    expect(t10.history.map((h) => [h.by, h.result])).to.deep.equal([['truong-tong-hop', 'Cung cấp 5 tin bài']]);
    // Editing shows the stored values again.
    const edit = JSON.stringify((await t.click(t.user('truong-tong-hop'), 'report.edit', { cycleId: '2026-q4', unitId: 'tong-hop' })).value);
    expect(edit).to.include('Cung cấp 5 tin bài').and.include('"value":"in-progress"');
  });

  it('a task reported done after its deadline is recorded as late; the same click twice records it once', async () => {
    clock.now = new Date('2026-12-16T02:00:00Z');
    const data = { cycleId: '2026-q4', unitId: 'tong-hop', 'area_chi-dao-dieu-hanh': 'Kết quả quý IV', 'task_t-2_status': 'done', 'task_t-2_result': 'Đã gửi báo cáo năm' };
    await t.click(t.user('truong-tong-hop'), 'report.submit', data);
    await t.click(t.user('truong-tong-hop'), 'report.submit', data);
    const t2 = (await getPlan(t.bot.app, 2026))!.tasks.find((x) => x.id === 't-2')!;
    expect(t2).to.include({ status: 'done', doneOn: '2026-12-16', late: true, result: 'Đã gửi báo cáo năm' });
    expect(t2.history.map((h) => h.status)).to.deep.equal(['in-progress', 'done']);
  });

  it('the compiled report and its .docx carry the plan-progress table: counts by area and by unit, and the overdue list', async () => {
    await t.say(t.user('thuong-truc'), 'tổng hợp');
    const report = (await t.bot.app.cycles.getCompiled('2026-q4'))!;
    const progress = report.planProgress!;
    expect(progress).to.include({ year: 2026, asOf: '2026-12-16', illustrative: true });
    expect(progress.total).to.include({ total: 10, done: 1, doneLate: 1 });
    expect(progress.byUnit.find((u) => u.unitId === 'tong-hop')!.counts).to.deep.equal({ total: 1, done: 1, doneLate: 1, inProgress: 0, notStarted: 0, overdue: 0 });
    expect(progress.overdue.map((o) => o.number)).to.include('1').and.include('4').and.not.include('2');
    const { content } = await renderCycleDocument(t.bot.app, (await t.bot.app.cycles.get('2026-q4'))!, report);
    const xml = readDocxPart(content, 'word/document.xml');
    const text = paragraphs(xml).map((p) => p.text).join('\n');
    const l = PLAN_PROGRESS_LABELS.vi;
    for (const heading of [l.title(2026), l.byArea, l.byUnit, l.overdue, l.illustrative]) expect(text).to.include(heading);
    const rows = tableRows(xml);
    expect(rows).to.deep.include(['STT', 'Đơn vị chủ trì', ...l.counts]);
    const unitRow = rows.find((r) => r[1] === 'Phòng Tổng hợp' && r.length === 8)!;
    expect(unitRow.slice(2)).to.deep.equal(['1', '1', '1', '0', '0', '0']);
    const areaRow = rows.find((r) => r[1] === 'Cải cách thủ tục hành chính' && r.length === 8)!;
    expect(areaRow[2]).to.equal('2');
    const overdueRow = rows.find((r) => r.length === 5 && r[1]!.startsWith('4. Rà soát, đề xuất đơn giản hóa'))!;
    expect(overdueRow.slice(2)).to.deep.equal(['Phòng Kiểm soát thủ tục hành chính', '30/09/2026', 'Chưa thực hiện']);
    expect(FakeConnector.textOf(t.connector.messagesTo(conversationOf(t.user('thuong-truc'))).at(-1)!)).to.include('Xem trước báo cáo tổng hợp');
  });

  it('with no plan for the year the form says so and lists no task; the report goes through without a plan table', async () => {
    clock.now = new Date('2027-03-02T02:00:00Z');
    await t.say(t.user('thuong-truc'), 'mở báo cáo quý I/2027 hạn 10/03/2027');
    await t.bot.app.tasks.idle();
    const form = JSON.stringify(formTo('truong-kinh-te').at(-1)!.body);
    expect(form).to.include('Quý I/2027').and.include(inJson(f.none(2027)));
    expect(form).to.not.include('"id":"task_');
    const res = await t.click(t.user('truong-kinh-te'), 'report.submit', { cycleId: '2027-q1', unitId: 'kinh-te', 'area_the-che': 'Rà soát xong', 'task_t-2_status': 'done' });
    expect(JSON.stringify(res.value)).to.include('Đã nhận báo cáo CCHC');
    expect((await t.bot.app.cycles.getSubmission('2027-q1', 'kinh-te'))!.versions[0]!.answers.tasks).to.equal(undefined);
    await t.say(t.user('thuong-truc'), 'tổng hợp I/2027');
    expect((await t.bot.app.cycles.getCompiled('2027-q1'))!.planProgress).to.equal(undefined);
  });
});
