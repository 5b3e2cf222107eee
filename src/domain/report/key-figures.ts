import type { Unit } from '../committee/committee.ts';
import type { Indicator } from '../indicators/indicator-schema.ts';
import { indicatorsFor } from '../indicators/indicators.ts';

/** One row of the key-figures table: an indicator summed over the units that reported it. */
export interface KeyFigure {
  id: string;
  /** Vietnamese label and unit of measure (official documents are Vietnamese). */
  label: string;
  unit: string;
  /** The same in English, for cards shown to members who read English. */
  labelEn: string;
  unitEn: string;
  total: number;
  /** Units asked (the indicator applies to them and they were asked to report) and units that gave a figure. */
  unitsAsked: number;
  unitsReported: number;
  byUnit: Array<{ unitId: string; unitName: string; value: number }>;
}

/**
 * The key-figures table of a quarterly report: each indicator that applies to at least one target unit,
 * summed over the latest answers (a unit that left it empty is not counted as zero), in list order.
 */
export function keyFigures(indicators: readonly Indicator[], units: readonly Unit[], answersOf: (unitId: string) => Record<string, number> | undefined): KeyFigure[] {
  return indicators.flatMap((indicator): KeyFigure[] => {
    const asked = units.filter((u) => indicatorsFor(u, [indicator]).length > 0);
    if (asked.length === 0) return [];
    const byUnit = asked.flatMap((u) => {
      const value = answersOf(u.id)?.[indicator.id];
      return value === undefined ? [] : [{ unitId: u.id, unitName: u.name, value }];
    });
    return [{ id: indicator.id, label: indicator.label.vi, unit: indicator.unit.vi, labelEn: indicator.label.en, unitEn: indicator.unit.en, total: byUnit.reduce((sum, x) => sum + x.value, 0), unitsAsked: asked.length, unitsReported: byUnit.length, byUnit }];
  });
}
