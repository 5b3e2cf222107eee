/**
 * The chief's delegation to the deputy chief (Điều 5.1): for a period of calendar days the deputy
 * chief approves leave and receives what would go to the chief, "thay mặt Trưởng Ban Chỉ đạo".
 */
export interface Delegation {
  id: string;
  /** First day in force, yyyy-mm-dd (Vietnam calendar day). */
  from: string;
  /** Last day in force, yyyy-mm-dd, inclusive. */
  to: string;
  /** The chief who delegated. */
  grantedBy: string;
  grantedAt: string;
  /** Set by `thu hồi ủy quyền`: the delegation ends that day and is kept for history. */
  revokedAt?: string;
  revokedBy?: string;
}

/** All delegations ever given, kept in one document so a new one is checked against the others in one update. */
export interface DelegationBook {
  items: Delegation[];
}

/** Why a requested period is refused. */
export type DelegationProblem =
  | { kind: 'end-before-start' }
  | { kind: 'starts-in-past' }
  | { kind: 'overlaps'; other: Delegation };

/** A delegation still counts until it is revoked or its last day has passed. */
function stillCounts(d: Delegation, today: string): boolean {
  return !d.revokedAt && d.to >= today;
}

/** The delegation in force on `today`, if any. */
export function delegationInForce(book: DelegationBook | undefined, today: string): Delegation | undefined {
  return book?.items.find((d) => stillCounts(d, today) && d.from <= today);
}

/** The delegations in force or still to come, earliest first. */
export function pendingDelegations(book: DelegationBook | undefined, today: string): Delegation[] {
  return (book?.items ?? []).filter((d) => stillCounts(d, today)).sort((a, b) => a.from.localeCompare(b.from));
}

/** Checks a requested period against today and the delegations that still count; undefined when it may be given. */
export function checkDelegationPeriod(book: DelegationBook | undefined, from: string, to: string, today: string): DelegationProblem | undefined {
  if (to < from) return { kind: 'end-before-start' };
  if (from < today) return { kind: 'starts-in-past' };
  const other = pendingDelegations(book, today).find((d) => d.from <= to && from <= d.to);
  return other ? { kind: 'overlaps', other } : undefined;
}

/**
 * The delegation `thu hồi ủy quyền` ends: the one in force, else the next one to come. Revoking
 * one that already started keeps it in the book (what the deputy chief did stays explained).
 */
export function delegationToRevoke(book: DelegationBook | undefined, today: string): Delegation | undefined {
  return delegationInForce(book, today) ?? pendingDelegations(book, today)[0];
}
