import type { Unit } from '../../domain/committee/committee.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import { cycleQuarter, tasksForForm, type FormTask } from '../../domain/cycles/form-tasks.ts';
import type { TaskReport } from '../../domain/cycles/submission.ts';
import { applyTaskReports } from '../../domain/cycles/task-reports.ts';
import { localDate } from '../../domain/calendar/index.ts';
import type { AnnualPlan } from '../../domain/plan/plan-model.ts';
import type { AppServices } from '../app-services.ts';
import { getPlan, updatePlan } from '../plan/plan-repo.ts';

/** The plan part of a unit's quarterly form: the year's plan (if any) and the unit's tasks due or open in the quarter. */
export interface FormPlan {
  year: number;
  found: boolean;
  illustrative: boolean;
  tasks: FormTask[];
}

/** The plan of a quarterly cycle's year, read once (a fan-out to every unit reads it once too); undefined for ad-hoc cycles. */
export async function cyclePlan(app: AppServices, cycle: Cycle): Promise<{ year: number; plan?: AnnualPlan } | undefined> {
  const quarter = cycleQuarter(cycle);
  if (!quarter) return undefined;
  return { year: quarter.year, plan: await getPlan(app, quarter.year) };
}

/** The form's plan part for one unit, from a plan already read with cyclePlan. */
export function formPlanOf(loaded: { year: number; plan?: AnnualPlan } | undefined, cycle: Cycle, unit: Unit): FormPlan | undefined {
  const quarter = cycleQuarter(cycle);
  if (!loaded || !quarter) return undefined;
  if (!loaded.plan) return { year: loaded.year, found: false, illustrative: false, tasks: [] };
  return { year: loaded.year, found: true, illustrative: loaded.plan.illustrative, tasks: tasksForForm(loaded.plan, unit.id, quarter) };
}

/** The form's plan part for one unit of a cycle. */
export async function loadFormPlan(app: AppServices, cycle: Cycle, unit: Unit): Promise<FormPlan | undefined> {
  return formPlanOf(await cyclePlan(app, cycle), cycle, unit);
}

/**
 * Carries a stored report's task statuses and results into the year's plan (through the plan repository).
 * Runs on every submission, a repeated one included, so a crash between storing the report and this update
 * is repaired by the retry; unchanged tasks are left as they are.
 */
export async function recordTaskReports(app: AppServices, year: number, unitId: string, by: string, reports: readonly TaskReport[] | undefined): Promise<void> {
  if (!reports || reports.length === 0) return;
  const now = app.clock();
  const stamp = { unitId, by, at: now.toISOString(), today: localDate(now) };
  await updatePlan(app, year, (plan) => (plan ? applyTaskReports(plan, reports, stamp) : undefined));
}
