import type { ParArea } from '../par-areas.ts';

/** What the roster may mark a unit as responsible for across the committee; "initiatives": Điều 6 mục 2.9 (Phòng Hành chính – Tổ chức). */
export const UNIT_DUTIES = ['initiatives'] as const;
export type UnitDuty = (typeof UNIT_DUTIES)[number];

/** Committee roles from the regulation (Điều 4–6); unit headship is derived from the units list. */
export type CommitteeRole = 'chief' | 'deputyChief' | 'standing' | 'secretary';

export interface Member {
  id: string;
  name: string;
  title: string;
  email: string;
  aadObjectId?: string;
  roles: CommitteeRole[];
}

export interface Unit {
  id: string;
  name: string;
  /** Area of responsibility, quoted from Điều 6.2 of the regulation. */
  area: string;
  /** PAR-index areas the unit reports on; the report form asks one answer per area. */
  parAreas: ParArea[];
  /** Member id of the head (trưởng đơn vị), the unit's committee member. */
  head: string;
  /** Member id of the deputy who acts when the head is absent (Điều 2.1). */
  deputy?: string;
  /** Committee-wide duties of the unit (at most one unit per duty), e.g. reviewing initiatives. */
  duties?: UnitDuty[];
}

export interface Committee {
  /** `city` names the parent body ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH") and the report's place. */
  organisation: { name: string; shortName: string; city?: string };
  members: Member[];
  units: Unit[];
}

/** Fast lookups over a validated committee. */
export interface Roster {
  committee: Committee;
  member(id: string): Member | undefined;
  unit(id: string): Unit | undefined;
  byAadObjectId(aadObjectId: string): Member | undefined;
  byEmail(email: string): Member | undefined;
  /** Units this member heads. */
  unitsHeadedBy(memberId: string): Unit[];
  /** Units this member is the deputy of. */
  unitsDeputisedBy(memberId: string): Unit[];
  withRole(role: CommitteeRole): Member[];
}

/** Builds lookups once so routes never scan the lists. */
export function createRoster(committee: Committee): Roster {
  const members = new Map(committee.members.map((m) => [m.id, m]));
  const units = new Map(committee.units.map((u) => [u.id, u]));
  const byAad = new Map(committee.members.filter((m) => m.aadObjectId).map((m) => [m.aadObjectId!.toLowerCase(), m]));
  const byEmail = new Map(committee.members.map((m) => [m.email.toLowerCase(), m]));
  // Permission checks run on every turn; at city scale (thousands of units) they must not scan the list.
  const headed = groupBy(committee.units, (u) => u.head);
  const deputised = groupBy(committee.units.filter((u) => u.deputy), (u) => u.deputy!);
  return {
    committee,
    member: (id) => members.get(id),
    unit: (id) => units.get(id),
    byAadObjectId: (aad) => byAad.get(aad.toLowerCase()),
    byEmail: (email) => byEmail.get(email.toLowerCase()),
    unitsHeadedBy: (memberId) => headed.get(memberId) ?? [],
    unitsDeputisedBy: (memberId) => deputised.get(memberId) ?? [],
    withRole: (role) => committee.members.filter((m) => m.roles.includes(role)),
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
