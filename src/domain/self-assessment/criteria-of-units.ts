import type { CriteriaSet } from '../par-criteria/criteria-schema.ts';
import { roundPoints } from './totals.ts';

type Criterion = CriteriaSet['areas'][number]['criteria'][number];

/** A criterion narrowed to the units: scored by them alone, only the sub-criteria they score; undefined when they score none of it. */
function narrow(c: Criterion, mine: (units: readonly string[] | undefined) => string[]): Criterion | undefined {
  if (!c.subCriteria) return mine(c.units).length ? { ...c, units: mine(c.units) } : undefined;
  const subCriteria = c.subCriteria.filter((s) => mine(s.units).length).map((s) => ({ ...s, units: mine(s.units) }));
  if (subCriteria.length === 0) return undefined;
  const narrowed: Criterion = { ...c, subCriteria, maxPoints: roundPoints(subCriteria.reduce((sum, s) => sum + s.maxPoints, 0)) };
  if (c.units) narrowed.units = mine(c.units);
  return narrowed;
}

/**
 * The part of a criteria set that some units score: only their criteria and sub-criteria, each scored
 * by those units alone, maxima added up again. `assessmentTotals` over it gives a unit's own points by
 * area (what `điểm` shows a unit head); `assessmentTable` over it, the unit's own table.
 */
export function criteriaOfUnits(set: CriteriaSet, unitIds: readonly string[]): CriteriaSet {
  const mine = (units: readonly string[] | undefined) => (units ?? []).filter((u) => unitIds.includes(u));
  const areas = set.areas.flatMap((area) => {
    const criteria = area.criteria.map((c) => narrow(c, mine)).filter((c): c is Criterion => c !== undefined);
    return criteria.length ? [{ ...area, criteria }] : [];
  });
  return { ...set, areas };
}
