import type { AnnualPlan } from '../../domain/plan/plan-model.ts';
import type { Repositories } from '../repositories.ts';

/** The store collection of annual plans: one document per year. */
export const PLANS = 'plans';

type HasRepos = { repos: Repositories };

const idOf = (year: number): string => `plan-${year}`;

/**
 * Plans read from data/plans at start, per running app: served until a member imports or changes that
 * year's plan, and only then written, so starting the bot writes no state. Keyed by the plans repository,
 * which every view of the app shares (a turn's view has its own `repos` object, see turn-reads.ts).
 */
const seeds = new WeakMap<Repositories['plans'], Map<number, AnnualPlan>>();

/** Registers a plan read from a data file, served while the store has none for its year. */
export function seedPlan(app: HasRepos, plan: AnnualPlan): void {
  const map = seeds.get(app.repos.plans) ?? new Map<number, AnnualPlan>();
  map.set(plan.year, plan);
  seeds.set(app.repos.plans, map);
}

/** The plan for a year: the stored one, else the one from data/plans. */
export async function getPlan(app: HasRepos, year: number): Promise<AnnualPlan | undefined> {
  return (await app.repos.plans.get(idOf(year))) ?? seeds.get(app.repos.plans)?.get(year);
}

/** Read-modify-write of a year's plan (starting from the data file's plan when none is stored yet). */
export function updatePlan(app: HasRepos, year: number, fn: (current: AnnualPlan | undefined) => AnnualPlan | undefined): Promise<AnnualPlan | undefined> {
  return app.repos.plans.update(idOf(year), (current) => fn(current ?? seeds.get(app.repos.plans)?.get(year)));
}
