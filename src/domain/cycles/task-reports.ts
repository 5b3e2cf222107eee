import type { AnnualPlan, PlanTask } from '../plan/plan-model.ts';
import { applyProgress } from '../plan/plan-progress.ts';
import type { TaskReport } from './submission.ts';

/** Who reported, when, and the local date the report counts for (a task done after its deadline is late). */
export interface ReportStamp {
  unitId: string;
  by: string;
  at: string;
  today: string;
}

/**
 * The plan after a unit's quarterly report: the lead unit's status and result update its tasks (done after
 * the deadline recorded as late); a cooperating unit's result joins the task's history, its status
 * unchanged. Idempotent: a task already saying what was reported is left alone, so a retried submission
 * changes nothing. Undefined when nothing changes; cancelled tasks are never touched.
 */
export function applyTaskReports(plan: AnnualPlan, reports: readonly TaskReport[], stamp: ReportStamp): AnnualPlan | undefined {
  const byId = new Map(reports.map((r) => [r.taskId, r]));
  let changed = false;
  const tasks = plan.tasks.map((task): PlanTask => {
    const report = byId.get(task.id);
    if (!report || task.status === 'cancelled') return task;
    const next = reportedTask(plan.year, task, report, stamp);
    if (next !== task) changed = true;
    return next;
  });
  return changed ? { ...plan, tasks } : undefined;
}

function reportedTask(year: number, task: PlanTask, report: TaskReport, stamp: ReportStamp): PlanTask {
  if (task.leadUnitId === stamp.unitId) {
    const status = report.status ?? task.status;
    if (status === task.status && (report.result === '' || report.result === task.result)) return task;
    return applyProgress(task, year, { status, result: report.result, at: stamp.at, by: stamp.by, today: stamp.today });
  }
  if (!task.cooperatingUnitIds.includes(stamp.unitId) || report.result === '') return task;
  if (task.history.some((h) => h.by === stamp.by && h.result === report.result)) return task;
  return { ...task, history: [...task.history, { at: stamp.at, by: stamp.by, status: task.status, result: report.result }] };
}
