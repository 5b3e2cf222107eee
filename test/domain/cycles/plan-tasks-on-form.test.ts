import { expect } from 'chai';
import { cycleQuarter, tasksForForm } from '../../../src/domain/cycles/form-tasks.ts';
import { applyTaskReports } from '../../../src/domain/cycles/task-reports.ts';
import type { AnnualPlan, PlanTask } from '../../../src/domain/plan/plan-model.ts';
import { summarisePlanProgress } from '../../../src/domain/report/plan-progress-summary.ts';

function task(overrides: Partial<PlanTask> & { id: string }): PlanTask {
  return { number: overrides.id.slice(2), content: `Nhiệm vụ ${overrides.id}`, area: 'the-che', leadUnitId: 'kinh-te', cooperatingUnitIds: [], deadline: { kind: 'quarter', quarter: 4 }, output: 'Báo cáo', status: 'not-started', result: '', history: [], ...overrides };
}

const plan: AnnualPlan = {
  year: 2026,
  source: 'test',
  importedAt: '2026-01-05T00:00:00Z',
  importedBy: 'thuong-truc',
  illustrative: false,
  tasks: [
    task({ id: 't-1', deadline: { kind: 'quarter', quarter: 1 }, status: 'done', doneOn: '2026-03-20', late: false }),
    task({ id: 't-2', deadline: { kind: 'date', date: '2026-06-30' } }),
    task({ id: 't-3', deadline: { kind: 'date', date: '2026-12-05' }, area: 'tthc', leadUnitId: 'van-xa', cooperatingUnitIds: ['kinh-te'] }),
    task({ id: 't-4', deadline: { kind: 'quarter', quarter: 4 }, status: 'cancelled' }),
    task({ id: 't-5', deadline: { kind: 'quarter', quarter: 4 }, status: 'done', doneOn: '2026-10-02' }),
    task({ id: 't-6', deadline: { kind: 'quarter', quarter: 1 }, leadUnitId: 'van-xa' }),
    task({ id: 't-7', deadline: { kind: 'date', date: '2026-03-31' }, leadUnitId: 'kinh-te', status: 'in-progress' }),
  ],
};

describe('plan tasks on the quarterly form', () => {
  it('reads the quarter of a quarterly cycle only', () => {
    expect(cycleQuarter({ id: '2026-q4', kind: 'quarterly' })).to.deep.equal({ year: 2026, quarter: 4 });
    expect(cycleQuarter({ id: 'adhoc-1', kind: 'ad-hoc' })).to.equal(undefined);
  });

  it('lists the unit\'s tasks due in the quarter or still open from before, lead tasks first, never cancelled ones', () => {
    const listed = tasksForForm(plan, 'kinh-te', { year: 2026, quarter: 4 });
    expect(listed.map((t) => [t.task.id, t.lead])).to.deep.equal([
      ['t-2', true],
      ['t-5', true],
      ['t-7', true],
      ['t-3', false],
    ]);
    // In quarter II, a task due in quarter IV is not listed (not started), the quarter-I task done in time neither.
    expect(tasksForForm(plan, 'kinh-te', { year: 2026, quarter: 2 }).map((t) => t.task.id)).to.deep.equal(['t-2', 't-7']);
    expect(tasksForForm(plan, 'kinh-te', { year: 2027, quarter: 4 })).to.deep.equal([]);
  });

  it('a lead unit\'s report sets status and result, done after the deadline recorded as late; a repeat changes nothing', () => {
    const stamp = { unitId: 'kinh-te', by: 'truong-kinh-te', at: '2026-12-08T02:00:00Z', today: '2026-12-08' };
    const updated = applyTaskReports(plan, [{ taskId: 't-2', number: '2', content: '', status: 'done', result: 'Đã ban hành' }, { taskId: 't-4', number: '4', content: '', status: 'done', result: 'x' }], stamp)!;
    const t2 = updated.tasks.find((t) => t.id === 't-2')!;
    expect(t2).to.include({ status: 'done', result: 'Đã ban hành', doneOn: '2026-12-08', late: true });
    expect(t2.history).to.have.length(1);
    expect(updated.tasks.find((t) => t.id === 't-4')!.status).to.equal('cancelled');
    expect(applyTaskReports(updated, [{ taskId: 't-2', number: '2', content: '', status: 'done', result: 'Đã ban hành' }], stamp)).to.equal(undefined);
  });

  it('a cooperating unit\'s result joins the history without changing the status', () => {
    const stamp = { unitId: 'kinh-te', by: 'truong-kinh-te', at: '2026-12-08T02:00:00Z', today: '2026-12-08' };
    const updated = applyTaskReports(plan, [{ taskId: 't-3', number: '3', content: '', status: 'done', result: 'Đã góp ý' }], stamp)!;
    const t3 = updated.tasks.find((t) => t.id === 't-3')!;
    expect(t3.status).to.equal('not-started');
    expect(t3.history.map((h) => h.result)).to.deep.equal(['Đã góp ý']);
    expect(applyTaskReports(updated, [{ taskId: 't-3', number: '3', content: '', result: 'Đã góp ý' }], stamp)).to.equal(undefined);
  });

  it('counts the plan by area and lead unit and lists the overdue tasks by due date, cancelled ones left out', () => {
    const units = [{ id: 'kinh-te', name: 'Phòng Kinh tế' }, { id: 'van-xa', name: 'Phòng Văn xã' }];
    const summary = summarisePlanProgress(plan, units, '2026-12-14');
    expect(summary.total).to.deep.equal({ total: 6, done: 2, doneLate: 0, inProgress: 1, notStarted: 3, overdue: 4 });
    expect(summary.byArea.map((r) => [r.area, r.counts.total])).to.deep.equal([['the-che', 5], ['tthc', 1]]);
    expect(summary.byUnit.map((r) => [r.unitName, r.counts.total, r.counts.overdue])).to.deep.equal([['Phòng Kinh tế', 4, 2], ['Phòng Văn xã', 2, 2]]);
    expect(summary.overdue.map((t) => [t.number, t.unitName, t.due])).to.deep.equal([
      ['6', 'Phòng Văn xã', '2026-03-31'],
      ['7', 'Phòng Kinh tế', '2026-03-31'],
      ['2', 'Phòng Kinh tế', '2026-06-30'],
      ['3', 'Phòng Văn xã', '2026-12-05'],
    ]);
  });
});
