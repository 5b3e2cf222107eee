import type { Roster, Unit } from '../../domain/committee/committee.ts';
import type { AbsentHeads } from '../absences.ts';

/** Who reports for a unit now: the head, or the deputy when the head is marked absent (Điều 2.1). */
export function actingMember(unit: Unit, absent: AbsentHeads, roster: Roster): { memberId: string; onBehalfOf?: string } {
  if (absent[unit.id] && unit.deputy && roster.member(unit.deputy)) return { memberId: unit.deputy, onBehalfOf: unit.head };
  return { memberId: unit.head };
}
