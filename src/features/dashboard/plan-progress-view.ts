import { localDate } from '../../domain/calendar/index.ts';
import { PAR_AREA_TITLES, type ParArea } from '../../domain/par-areas.ts';
import { filterTasks } from '../../domain/plan/plan-progress.ts';
import { summarisePlanProgress, type PlanProgressCounts } from '../../domain/report/plan-progress-summary.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AppServices } from '../app-services.ts';
import { getPlan } from '../plan/plan-repo.ts';

/** One row of the tab's plan table: tasks of an area (or all), done, done on time, open past their deadline. */
export interface PlanAreaRow {
  total: number;
  done: number;
  onTime: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

/** The year's plan progress as the tab shows it, by PAR area. */
export interface PlanProgressView {
  year: number;
  illustrative: boolean;
  total: PlanAreaRow;
  areas: Array<PlanAreaRow & { area: ParArea; title: string }>;
}

function row(c: PlanProgressCounts): PlanAreaRow {
  return { total: c.total, done: c.done, onTime: c.done - c.doneLate, inProgress: c.inProgress, notStarted: c.notStarted, overdue: c.overdue };
}

/**
 * The plan's progress by area, counted by the compiled report's own summary: the whole plan for
 * `'all'`, otherwise the tasks the units lead or cooperate on (what `kế hoạch` lists a unit member).
 * Null when the year has no plan.
 */
export async function planProgressView(app: AppServices, units: 'all' | readonly string[], locale: Locale): Promise<PlanProgressView | null> {
  const today = localDate(app.clock());
  const plan = await getPlan(app, Number(today.slice(0, 4)));
  if (!plan) return null;
  const tasks = units === 'all' ? plan.tasks : filterTasks(plan, { unitIds: units }, today);
  const summary = summarisePlanProgress({ ...plan, tasks }, app.roster.committee.units, today);
  return {
    year: plan.year,
    illustrative: plan.illustrative,
    total: row(summary.total),
    areas: summary.byArea.map((a) => ({ area: a.area, title: PAR_AREA_TITLES[a.area][locale], ...row(a.counts) })),
  };
}
