import type { AnnualPlan } from '../../domain/plan/plan-model.ts';
import type { DocumentStore } from '../../store/document-store.ts';

/** The store collection of annual plans: one document per year. */
export const PLANS = 'plans';

const idOf = (year: number): string => `plan-${year}`;

/**
 * Plans read from data/plans at start, per store: they are served until a member imports or changes
 * that year's plan, and only then written, so starting the bot writes no state.
 */
const seeds = new WeakMap<DocumentStore, Map<number, AnnualPlan>>();

/** Registers a plan read from a data file, served while the store has none for its year. */
export function seedPlan(store: DocumentStore, plan: AnnualPlan): void {
  const map = seeds.get(store) ?? new Map<number, AnnualPlan>();
  map.set(plan.year, plan);
  seeds.set(store, map);
}

/** The plan for a year: the stored one, else the one from data/plans. */
export async function getPlan(store: DocumentStore, year: number): Promise<AnnualPlan | undefined> {
  return (await store.get<AnnualPlan>(PLANS, idOf(year))) ?? seeds.get(store)?.get(year);
}

/** Read-modify-write of a year's plan (starting from the data file's plan when none is stored yet). */
export function updatePlan(store: DocumentStore, year: number, fn: (current: AnnualPlan | undefined) => AnnualPlan | undefined): Promise<AnnualPlan | undefined> {
  return store.update<AnnualPlan>(PLANS, idOf(year), (current) => fn(current ?? seeds.get(store)?.get(year)));
}
