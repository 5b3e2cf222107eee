import type { CriteriaSet } from '../par-criteria/criteria-schema.ts';

/** Step a score moves in when the criteria set names none. */
export const DEFAULT_STEP = 0.25;

/** A criterion a unit gives a score to: a criterion without sub-criteria, or one sub-criterion. */
export interface ScoredItem {
  id: string;
  areaId: string;
  title: string;
  /** The criterion a sub-criterion belongs to ("1.1" for "1.1.1"). */
  parentTitle?: string;
  maxPoints: number;
  step: number;
  scoringRule: string;
  evidence?: string;
  evidenceRequired: boolean;
  units: string[];
}

/** Every scored item of the set, in the set's order. */
export function scoredItems(set: CriteriaSet): ScoredItem[] {
  return set.areas.flatMap((area) =>
    area.criteria.flatMap((c) => {
      const leaf = (x: typeof c, parentTitle?: string): ScoredItem => ({
        id: x.id,
        areaId: area.id,
        title: x.title,
        ...(parentTitle ? { parentTitle } : {}),
        maxPoints: x.maxPoints,
        step: x.step ?? c.step ?? DEFAULT_STEP,
        scoringRule: x.scoringRule,
        ...(x.evidence ? { evidence: x.evidence } : {}),
        evidenceRequired: x.evidenceRequired ?? false,
        units: x.units ?? [],
      });
      return c.subCriteria ? c.subCriteria.map((sub) => leaf(sub, `${c.id}. ${c.title}`)) : [leaf(c)];
    }),
  );
}

/** The items one unit scores. */
export function itemsOfUnit(set: CriteriaSet, unitId: string): ScoredItem[] {
  return scoredItems(set).filter((i) => i.units.includes(unitId));
}

/** The units that score at least one item, in the order they first appear. */
export function responsibleUnits(set: CriteriaSet): string[] {
  return [...new Set(scoredItems(set).flatMap((i) => i.units))];
}

/** The set's maximum: the sum of its areas' criteria maxima. */
export function setMaximum(set: CriteriaSet): number {
  return set.areas.reduce((sum, a) => sum + a.criteria.reduce((s, c) => s + c.maxPoints, 0), 0);
}
