import { expect } from 'chai';
import { addTask, cancelTask, editTask, nextTaskNumber } from '../../../src/domain/plan/edit-task.ts';
import type { AnnualPlan, PlanTask } from '../../../src/domain/plan/plan-model.ts';

const UNITS = [
  { id: 'kinh-te', name: 'Phòng Kinh tế' },
  { id: 'tong-hop', name: 'Phòng Tổng hợp' },
];
const STAMP = { at: '2026-05-11T02:00:00.000Z', by: 'thuong-truc' };

function createTask(overrides: Partial<PlanTask> = {}): PlanTask {
  return { id: 't-1', number: '1', content: 'Việc', area: 'the-che', leadUnitId: 'kinh-te', cooperatingUnitIds: [], deadline: { kind: 'quarter', quarter: 2 }, output: 'Báo cáo', status: 'not-started', result: '', history: [], ...overrides };
}
function createPlan(tasks: PlanTask[] = [createTask()]): AnnualPlan {
  return { year: 2026, tasks, source: 'x.xlsx', importedAt: STAMP.at, importedBy: 'thuong-truc', illustrative: false };
}
const INPUT = { number: '', content: 'Mới', area: 'tthc', lead: 'tong-hop', cooperating: 'kinh-te,tong-hop', deadline: '30/09/2026', output: 'Kế hoạch' };

describe('plan tasks changed by card (rules)', () => {
  it('numbers a new task after the highest top-level number and drops the lead from the cooperating units', () => {
    expect(nextTaskNumber(createPlan([createTask({ id: 't-2-3', number: '2.3' })]))).to.equal('3');
    const out = addTask(createPlan(), INPUT, UNITS, STAMP);
    expect(out.ok && out.task).to.deep.include({ id: 't-2', number: '2', leadUnitId: 'tong-hop', cooperatingUnitIds: ['kinh-te'], deadline: { kind: 'date', date: '2026-09-30' } });
  });

  it('refuses a lead outside the committee, a deadline outside the plan year and empty content, all at once', () => {
    const out = addTask(createPlan(), { ...INPUT, content: ' ', lead: 'khac', deadline: 'Quý V' }, UNITS, STAMP);
    expect(out.ok ? [] : out.problems.map((p) => p.kind)).to.deep.equal(['missing', 'unknownUnit', 'badDeadline']);
  });

  it('edits keep the number and record the changed fields; cancelling needs a reason and is final', () => {
    const edited = editTask(createPlan(), 't-1', { ...INPUT, content: 'Việc', area: 'the-che', lead: 'kinh-te', cooperating: '', output: 'Báo cáo' }, UNITS, STAMP);
    expect(edited.ok && edited.task.changes).to.deep.equal([{ ...STAMP, kind: 'edited', fields: ['deadline'] }]);
    expect(cancelTask(createPlan(), 't-1', '', STAMP)).to.deep.equal({ ok: false, problems: [{ kind: 'reasonRequired' }] });
    const cancelled = cancelTask(createPlan(), 't-1', 'Trùng', STAMP);
    if (!cancelled.ok) throw new Error('not cancelled');
    expect(cancelled.task).to.deep.include({ status: 'cancelled', cancellation: { ...STAMP, reason: 'Trùng' } });
    expect(cancelTask(cancelled.plan, 't-1', 'Lại', STAMP)).to.deep.equal({ ok: false, problems: [{ kind: 'taskCancelled' }] });
    expect(editTask(cancelled.plan, 't-1', INPUT, UNITS, STAMP)).to.deep.equal({ ok: false, problems: [{ kind: 'taskCancelled' }] });
  });
});
