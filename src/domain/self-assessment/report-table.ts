import type { CriteriaSet } from '../par-criteria/criteria-schema.ts';
import { criterionPoints, percentage, type AssessmentTotals } from './totals.ts';

/** One row of the Office's self-assessment table (the form the City collects). */
export interface TableRow {
  kind: 'area' | 'criterion' | 'sub-criterion' | 'total';
  number: string;
  title: string;
  maxPoints: number;
  /** The Office's points; undefined while a part is unscored. */
  points?: number;
  percent?: number;
  /** Last year's self-score of the row with the same number, where it exists. */
  lastYear?: number;
  /** Unit ids that score it (criteria and sub-criteria without parts). */
  units: string[];
}

/**
 * The table: each area with its total, each criterion and sub-criterion with its points, and the
 * total with the set's maximum and percentage; last year's self-score beside each row whose number
 * last year's set also had.
 */
export function assessmentTable(set: CriteriaSet, totals: AssessmentTotals, lastYear?: AssessmentTotals): TableRow[] {
  const rows: TableRow[] = [];
  const last = (id: string) => (lastYear ? criterionPoints(lastYear, id) : undefined);
  const withPercent = (points: number | undefined, max: number) => (points === undefined ? {} : { points, percent: percentage(points, max) });
  const optional = (lastYearPoints: number | undefined) => (lastYearPoints === undefined ? {} : { lastYear: lastYearPoints });
  for (const area of set.areas) {
    const a = totals.areas.find((x) => x.areaId === area.id)!;
    const lastArea = lastYear?.areas.find((x) => x.areaId === area.id)?.points;
    rows.push({ kind: 'area', number: area.id, title: area.title, maxPoints: a.maxPoints, ...withPercent(a.points, a.maxPoints), ...optional(lastArea), units: [] });
    for (const c of area.criteria) {
      rows.push({ kind: 'criterion', number: c.id, title: c.title, maxPoints: c.maxPoints, ...withPercent(criterionPoints(totals, c.id), c.maxPoints), ...optional(last(c.id)), units: c.units ?? [] });
      for (const sub of c.subCriteria ?? []) {
        rows.push({ kind: 'sub-criterion', number: sub.id, title: sub.title, maxPoints: sub.maxPoints, ...withPercent(criterionPoints(totals, sub.id), sub.maxPoints), ...optional(last(sub.id)), units: sub.units });
      }
    }
  }
  rows.push({ kind: 'total', number: '', title: '', maxPoints: totals.maxPoints, points: totals.points, percent: totals.percent, ...optional(lastYear?.points), units: [] });
  return rows;
}
