import type { AnnualPlan } from '../../domain/plan/plan-model.ts';
import type { DocKey } from '../../store/document-store.ts';
import type { Config } from '../../config.ts';
import type { Repositories } from '../repositories.ts';

/** The store collection of annual plans: one document per year. */
export const PLANS = 'plans';

type HasRepos = { repos: Repositories; config: Config };

const idOf = (year: number): string => `plan-${year}`;

/** Where a year's plan is stored (read ahead by the report form's verbs). */
export const planKey = (year: number): DocKey => ({ collection: PLANS, id: idOf(year) });

/**
 * Plans read from data/plans at start, per running app: served until a member imports or changes that
 * year's plan, and only then written, so starting the bot writes no state. Keyed by the app's config, which every
 * view of the app shares (a turn's view has its own `repos` and its own plans repository, see turn-reads.ts).
 */
const seeds = new WeakMap<Config, Map<number, AnnualPlan>>();

/** Registers a plan read from a data file, served while the store has none for its year. */
export function seedPlan(app: HasRepos, plan: AnnualPlan): void {
  const map = seeds.get(app.config) ?? new Map<number, AnnualPlan>();
  map.set(plan.year, plan);
  seeds.set(app.config, map);
}

/** The plan for a year: the stored one, else the one from data/plans. */
export async function getPlan(app: HasRepos, year: number): Promise<AnnualPlan | undefined> {
  return (await app.repos.plans.get(idOf(year))) ?? seeds.get(app.config)?.get(year);
}

/** Read-modify-write of a year's plan (starting from the data file's plan when none is stored yet). */
export function updatePlan(app: HasRepos, year: number, fn: (current: AnnualPlan | undefined) => AnnualPlan | undefined): Promise<AnnualPlan | undefined> {
  return app.repos.plans.update(idOf(year), (current) => fn(current ?? seeds.get(app.config)?.get(year)));
}
