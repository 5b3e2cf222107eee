import type { Roster } from '../committee/committee.ts';

/** The committee's members (Điều 2): role holders and unit heads; unit deputies only attend in the head's place. */
export function committeeMemberIds(roster: Roster): string[] {
  const heads = new Set(roster.committee.units.map((u) => u.head));
  return roster.committee.members.filter((m) => m.roles.length > 0 || heads.has(m.id)).map((m) => m.id);
}
