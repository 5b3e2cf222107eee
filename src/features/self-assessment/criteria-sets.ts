import type { CriteriaSet } from '../../domain/par-criteria/criteria-schema.ts';
import { readCriteriaSets } from '../../store/read-criteria-sets.ts';
import type { AppServices } from '../app-services.ts';

/** The criteria sets read at start, per running app (tests start several apps in one process). */
const loaded = new WeakMap<AppServices['config'], Map<number, CriteriaSet>>();

/** Reads and validates every data/par-criteria/<year>.json; a bad set stops the start. */
export async function loadCriteriaAtStart(app: AppServices): Promise<void> {
  loaded.set(app.config, await readCriteriaSets(app.config.parCriteriaDir, new Set(app.roster.committee.units.map((u) => u.id))));
}

/** The criteria set of a year, when one is installed. */
export function criteriaSet(app: AppServices, year: number): CriteriaSet | undefined {
  return loaded.get(app.config)?.get(year);
}
