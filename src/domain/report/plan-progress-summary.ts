import { PAR_AREAS, PAR_AREA_TITLES, type ParArea } from '../par-areas.ts';
import type { AnnualPlan, PlanTask } from '../plan/plan-model.ts';
import { isOverdue } from '../plan/plan-progress.ts';
import { dueDate } from '../plan/task-deadline.ts';

/** Tasks of one row of the plan-progress table, by status; `doneLate` is part of `done`, `overdue` part of the open ones. */
export interface PlanProgressCounts {
  total: number;
  done: number;
  doneLate: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

/** One overdue task: still open after its deadline. */
export interface OverdueTask {
  number: string;
  content: string;
  unitName: string;
  /** ISO date it was due. */
  due: string;
  status: 'not-started' | 'in-progress';
  result: string;
}

/** Progress of the year's CCHC plan as the compiled report shows it: by PAR area, by lead unit, and the overdue list. */
export interface PlanProgressSummary {
  year: number;
  /** ISO date the counts are taken on (the compile date). */
  asOf: string;
  illustrative: boolean;
  total: PlanProgressCounts;
  byArea: Array<{ area: ParArea; title: string; counts: PlanProgressCounts }>;
  byUnit: Array<{ unitId: string; unitName: string; counts: PlanProgressCounts }>;
  overdue: OverdueTask[];
}

function countOf(tasks: readonly PlanTask[], year: number, asOf: string): PlanProgressCounts {
  const c: PlanProgressCounts = { total: 0, done: 0, doneLate: 0, inProgress: 0, notStarted: 0, overdue: 0 };
  for (const t of tasks) {
    c.total++;
    if (t.status === 'done') c.done++;
    if (t.status === 'done' && t.late) c.doneLate++;
    if (t.status === 'in-progress') c.inProgress++;
    if (t.status === 'not-started') c.notStarted++;
    if (isOverdue(t, year, asOf)) c.overdue++;
  }
  return c;
}

/**
 * Counts the plan's tasks (cancelled ones left out) on `asOf`: all together, per PAR area (report order),
 * per lead unit (roster order, then any unit no longer on it), and lists the overdue ones by due date.
 */
export function summarisePlanProgress(plan: AnnualPlan, units: ReadonlyArray<{ id: string; name: string }>, asOf: string): PlanProgressSummary {
  const tasks = plan.tasks.filter((t) => t.status !== 'cancelled');
  const unitName = (id: string): string => units.find((u) => u.id === id)?.name ?? id;
  const leadIds = [...units.map((u) => u.id), ...tasks.map((t) => t.leadUnitId)].filter((id, i, all) => all.indexOf(id) === i);
  return {
    year: plan.year,
    asOf,
    illustrative: plan.illustrative,
    total: countOf(tasks, plan.year, asOf),
    byArea: PAR_AREAS.map((area) => ({ area, title: PAR_AREA_TITLES[area].vi, counts: countOf(tasks.filter((t) => t.area === area), plan.year, asOf) })).filter((r) => r.counts.total > 0),
    byUnit: leadIds
      .map((id) => ({ unitId: id, unitName: unitName(id), counts: countOf(tasks.filter((t) => t.leadUnitId === id), plan.year, asOf) }))
      .filter((r) => r.counts.total > 0),
    overdue: tasks
      .filter((t) => isOverdue(t, plan.year, asOf))
      .map((t) => ({ number: t.number, content: t.content, unitName: unitName(t.leadUnitId), due: dueDate(t.deadline, plan.year), status: t.status as OverdueTask['status'], result: t.result }))
      .sort((a, b) => a.due.localeCompare(b.due)),
  };
}
