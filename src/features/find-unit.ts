import type { Roster, Unit } from '../domain/committee/committee.ts';
import { foldText } from '../domain/commands/normalize-text.ts';

/** Finds a unit by id or by (part of) its name, ignoring case and diacritics: "kinh te" -> Phòng Kinh tế. */
export function findUnits(roster: Roster, text: string): Unit[] {
  const wanted = foldText(text).replace(/^(phong|ban|trung tam)\s+/, '');
  if (!wanted) return [];
  const byId = roster.unit(wanted.replace(/\s+/g, '-'));
  if (byId) return [byId];
  const exact = roster.committee.units.filter((u) => foldText(u.name).replace(/^(phong|ban|trung tam)\s+/, '') === wanted);
  if (exact.length) return exact;
  return roster.committee.units.filter((u) => foldText(u.name).includes(wanted));
}
