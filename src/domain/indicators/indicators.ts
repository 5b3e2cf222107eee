import type { Unit } from '../committee/committee.ts';
import type { Indicator } from './indicator-schema.ts';

/** The indicators a unit's quarterly form asks: for its PAR areas, naming it, or for every unit; file order. */
export function indicatorsFor(unit: Unit, indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter((i) => i.allUnits === true || (i.units?.includes(unit.id) ?? false) || (i.parArea !== undefined && unit.parAreas.includes(i.parArea)));
}

/** Input id of an indicator on the form. */
export function indicatorField(id: string): string {
  return `ind_${id}`;
}

/** Largest figure accepted: far above any unit's quarter, small enough to add up exactly. */
export const MAX_FIGURE = 1_000_000_000;

/**
 * Reads a whole number ≥ 0 as offices type it: "1250", "1.250" or "1 250" (Vietnamese thousands
 * groups). A decimal ("1,5"), a sign, or anything else is not one: undefined.
 */
export function parseWholeNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d+$/.test(t) && !/^\d{1,3}([.,\s]\d{3})+$/.test(t)) return undefined;
  const value = Number(t.replace(/[.,\s]/g, ''));
  return Number.isSafeInteger(value) && value <= MAX_FIGURE ? value : undefined;
}
