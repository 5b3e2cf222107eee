import type { CriteriaSet } from '../par-criteria/criteria-schema.ts';
import { countedScore, currentReview, latestScores, type UnitScores } from './self-assessment.ts';
import { scoredItems, type ScoredItem } from './scored-items.ts';

/** Points rounded to the hundredth, so 0.1 steps add up without binary noise. */
export function roundPoints(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A share in percent with one decimal; 0 when the maximum is 0. */
export function percentage(points: number, max: number): number {
  return max > 0 ? Math.round((points / max) * 1000) / 10 : 0;
}

/** One scored item in the Office's table. */
export interface ItemTotal {
  item: ScoredItem;
  /** The Office's points: with several units, the lowest of their counted scores (met only as far as every unit meets it). */
  points?: number;
  /** What the units claimed (the lowest claim), before review. */
  claimed?: number;
  /** Every responsible unit has scored it. */
  scored: boolean;
  /** Every unit's current score was reviewed. */
  reviewed: boolean;
}

/** Points and criteria counted over an area or the whole set. */
export interface Tally {
  maxPoints: number;
  /** Points that count (reviewed where reviewed). */
  points: number;
  /** Points the units claimed. */
  claimed: number;
  itemsScored: number;
  itemsTotal: number;
  percent: number;
}

/** One area's totals. */
export interface AreaTotal extends Tally {
  areaId: string;
  title: string;
}

export interface AssessmentTotals extends Tally {
  items: ItemTotal[];
  areas: AreaTotal[];
}

function lowest(values: Array<number | undefined>): number | undefined {
  return values.some((v) => v === undefined) || values.length === 0 ? undefined : Math.min(...(values as number[]));
}

/** The Office's table: per item, per area and overall, from each unit's counted scores. */
export function assessmentTotals(set: CriteriaSet, scores: ReadonlyMap<string, UnitScores>): AssessmentTotals {
  const items: ItemTotal[] = scoredItems(set).map((item) => {
    const counted = item.units.map((u) => countedScore(scores.get(u), item.id));
    const claims = item.units.map((u) => latestScores(scores.get(u))?.entries[item.id]?.score);
    const points = lowest(counted);
    const claimed = lowest(claims);
    return {
      item,
      ...(points !== undefined ? { points } : {}),
      ...(claimed !== undefined ? { claimed } : {}),
      scored: points !== undefined,
      reviewed: item.units.every((u) => currentReview(scores.get(u), item.id) !== undefined),
    };
  });
  const areas: AreaTotal[] = set.areas.map((area) => {
    const mine = items.filter((i) => i.item.areaId === area.id);
    const maxPoints = roundPoints(area.criteria.reduce((s, c) => s + c.maxPoints, 0));
    const points = roundPoints(mine.reduce((s, i) => s + (i.points ?? 0), 0));
    return {
      areaId: area.id,
      title: area.title,
      maxPoints,
      points,
      claimed: roundPoints(mine.reduce((s, i) => s + (i.claimed ?? 0), 0)),
      itemsScored: mine.filter((i) => i.scored).length,
      itemsTotal: mine.length,
      percent: percentage(points, maxPoints),
    };
  });
  const maxPoints = roundPoints(areas.reduce((s, a) => s + a.maxPoints, 0));
  const points = roundPoints(areas.reduce((s, a) => s + a.points, 0));
  return {
    items,
    areas,
    maxPoints,
    points,
    claimed: roundPoints(areas.reduce((s, a) => s + a.claimed, 0)),
    itemsScored: items.filter((i) => i.scored).length,
    itemsTotal: items.length,
    percent: percentage(points, maxPoints),
  };
}

/** Points of a criterion of the set (a parent criterion adds its sub-criteria up); undefined when any part is unscored. */
export function criterionPoints(totals: AssessmentTotals, criterionId: string): number | undefined {
  const parts = totals.items.filter((i) => i.item.id === criterionId || i.item.id.startsWith(`${criterionId}.`));
  if (parts.length === 0 || parts.some((p) => p.points === undefined)) return undefined;
  return roundPoints(parts.reduce((s, p) => s + p.points!, 0));
}
