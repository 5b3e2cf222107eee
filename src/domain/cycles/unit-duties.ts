import type { ParArea } from '../par-areas.ts';

/**
 * What every unit reports on whatever its assigned areas: Điều 2.3 of the regulation makes each member
 * responsible for "tuyên truyền, phân công trong nội bộ đơn vị" the CCHC work given to it. Each duty is
 * reported under the PAR area it belongs to in the compiled report; its label on the form is in the catalogue.
 */
export const UNIT_DUTIES = [
  {
    id: 'tuyen-truyen',
    area: 'chi-dao-dieu-hanh',
    /** How the compiled report leads the unit's text, so readers see it answers this duty. */
    lead: 'Tuyên truyền, phân công thực hiện CCHC trong nội bộ đơn vị',
  },
] as const satisfies ReadonlyArray<{ id: string; area: ParArea; lead: string }>;

export type UnitDutyId = (typeof UNIT_DUTIES)[number]['id'];

/** Input id of a duty's result on the form. */
export function dutyField(id: UnitDutyId): string {
  return `duty_${id}`;
}
