import type { AnnualPlan, PlanTask } from '../plan/plan-model.ts';
import { isOpen } from '../plan/plan-progress.ts';
import { dueDate, dueQuarter } from '../plan/task-deadline.ts';
import type { Cycle } from './cycle.ts';
import type { Quarter } from './quarter.ts';

/** A plan task as the unit's quarterly form asks about it: the lead sets its status, a cooperating unit adds a result. */
export interface FormTask {
  task: PlanTask;
  /** ISO date the task is due. */
  due: string;
  lead: boolean;
}

/** The quarter of a quarterly cycle ("2026-q4"); undefined for ad-hoc cycles. */
export function cycleQuarter(cycle: Pick<Cycle, 'id' | 'kind'>): Quarter | undefined {
  const m = /^(\d{4})-q([1-4])$/.exec(cycle.id);
  if (cycle.kind !== 'quarterly' || !m) return undefined;
  return { year: Number(m[1]), quarter: Number(m[2]) as Quarter['quarter'] };
}

const QUARTER_END: Record<Quarter['quarter'], string> = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' };

/**
 * The unit's tasks (lead or cooperating) the quarterly form lists: due in the quarter (done or not), still
 * open and due before its end (overdue), or in progress whatever the deadline. Cancelled tasks never.
 * Plan order; the unit's own (lead) tasks first.
 */
export function tasksForForm(plan: AnnualPlan, unitId: string, quarter: Quarter): FormTask[] {
  if (plan.year !== quarter.year) return [];
  const quarterEnd = `${plan.year}-${QUARTER_END[quarter.quarter]}`;
  const selected = plan.tasks.flatMap((task): FormTask[] => {
    const lead = task.leadUnitId === unitId;
    if (!lead && !task.cooperatingUnitIds.includes(unitId)) return [];
    if (task.status === 'cancelled') return [];
    const due = dueDate(task.deadline, plan.year);
    const dueNow = dueQuarter(task.deadline) === quarter.quarter;
    const owed = isOpen(task) && (due <= quarterEnd || task.status === 'in-progress');
    return dueNow || owed ? [{ task, due, lead }] : [];
  });
  return [...selected.filter((t) => t.lead), ...selected.filter((t) => !t.lead)];
}
