import type { AnnualPlan, PlanTask, PlanTaskStatus } from './plan-model.ts';
import { dueDate, dueQuarter } from './task-deadline.ts';

/** Whether a task is still owed: neither done nor cancelled. */
export function isOpen(task: PlanTask): boolean {
  return task.status !== 'done' && task.status !== 'cancelled';
}

/** An open task whose deadline (a day, or its quarter's last day) is before `today` (ISO date). */
export function isOverdue(task: PlanTask, year: number, today: string): boolean {
  return isOpen(task) && dueDate(task.deadline, year) < today;
}

/**
 * Records a status change: a task marked done after its deadline is recorded as late (the plan is
 * measured by what was done on time); history keeps every change.
 */
export function applyProgress(task: PlanTask, year: number, change: { status: PlanTaskStatus; result: string; at: string; by: string; today: string }): PlanTask {
  const done = change.status === 'done';
  const doneOn = done ? (task.status === 'done' && task.doneOn ? task.doneOn : change.today) : undefined;
  const next: PlanTask = {
    ...task,
    status: change.status,
    result: change.result || task.result,
    history: [...task.history, { at: change.at, by: change.by, status: change.status, result: change.result }],
  };
  delete next.doneOn;
  delete next.late;
  if (doneOn) {
    next.doneOn = doneOn;
    next.late = doneOn > dueDate(task.deadline, year);
  }
  return next;
}

/** A re-imported plan keeps what was recorded on tasks that kept their number (status, result, history). */
export function mergeReimport(previous: AnnualPlan | undefined, tasks: PlanTask[]): PlanTask[] {
  if (!previous) return tasks;
  const old = new Map(previous.tasks.map((t) => [t.id, t]));
  return tasks.map((t) => {
    const before = old.get(t.id);
    if (!before) return t;
    const kept: PlanTask = { ...t, status: before.status, result: before.result, history: before.history };
    if (before.doneOn) kept.doneOn = before.doneOn;
    if (before.late !== undefined) kept.late = before.late;
    // Who cancelled or changed a task by card stays on record across a re-import.
    if (before.cancellation && before.status === 'cancelled') kept.cancellation = before.cancellation;
    if (before.changes) kept.changes = before.changes;
    return kept;
  });
}

export interface TaskFilter {
  unitIds?: readonly string[];
  quarter?: 1 | 2 | 3 | 4;
  status?: PlanTaskStatus | 'overdue';
}

/** The tasks a view shows: a unit's (as lead or cooperating), due in a quarter, in a status (or overdue). */
export function filterTasks(plan: AnnualPlan, filter: TaskFilter, today: string): PlanTask[] {
  return plan.tasks.filter((t) => {
    if (filter.unitIds && !filter.unitIds.some((u) => t.leadUnitId === u || t.cooperatingUnitIds.includes(u))) return false;
    if (filter.quarter && dueQuarter(t.deadline) !== filter.quarter) return false;
    if (filter.status === 'overdue') return isOverdue(t, plan.year, today);
    if (filter.status && t.status !== filter.status) return false;
    return true;
  });
}

/** Counts by status, with the overdue among the open ones. */
export function countTasks(tasks: readonly PlanTask[], year: number, today: string): Record<PlanTaskStatus | 'overdue' | 'late', number> {
  const counts = { 'not-started': 0, 'in-progress': 0, done: 0, cancelled: 0, overdue: 0, late: 0 };
  for (const t of tasks) {
    counts[t.status]++;
    if (isOverdue(t, year, today)) counts.overdue++;
    if (t.late) counts.late++;
  }
  return counts;
}
