import type { Roster } from '../committee/committee.ts';

/** The committee's members (Điều 2): role holders and unit heads; unit deputies only attend in the head's place. */
export function committeeMemberIds(roster: Roster): string[] {
  const heads = new Set(roster.committee.units.map((u) => u.head));
  return roster.committee.members.filter((m) => m.roles.length > 0 || heads.has(m.id)).map((m) => m.id);
}

/** The member who decides absences: the chief, or the deputy chief when approval is delegated (Điều 5). */
export function absenceApproverIds(roster: Roster, approvalDelegated: boolean): string[] {
  const deputies = roster.withRole('deputyChief').map((m) => m.id);
  if (approvalDelegated && deputies.length > 0) return deputies;
  return roster.withRole('chief').map((m) => m.id);
}
