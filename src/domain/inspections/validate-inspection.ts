import type { InspectionDraft } from './inspection-model.ts';

/** Why a requested inspection is refused; nothing is stored while any remains. */
export type InspectionProblem =
  | 'no-content'
  | 'no-unit'
  | 'unknown-unit'
  | 'bad-period'
  | 'period-order'
  | 'bad-deadline'
  | 'deadline-past'
  | 'no-leader'
  | 'leader-not-member'
  | 'deputy-not-member'
  | 'leader-is-deputy'
  | 'member-not-committee';

/** What the rules need to know about the committee. */
export interface TeamPool {
  isCommitteeMember(id: string): boolean;
  isUnit(id: string): boolean;
}

/**
 * Checks a draft against Điều 8: something to inspect, at least one known unit, a real period, a
 * self-report deadline not before today, and a team drawn from the committee whose leader is
 * not also its deputy leader. Dates are yyyy-mm-dd ('' when the form held none or a bad one).
 */
export function validateInspection(draft: InspectionDraft, pool: TeamPool, today: string): InspectionProblem[] {
  const problems: InspectionProblem[] = [];
  if (!draft.content) problems.push('no-content');
  if (draft.unitIds.length === 0) problems.push('no-unit');
  else if (draft.unitIds.some((u) => !pool.isUnit(u))) problems.push('unknown-unit');
  if (!draft.periodFrom || !draft.periodTo) problems.push('bad-period');
  else if (draft.periodTo < draft.periodFrom) problems.push('period-order');
  if (!draft.deadline) problems.push('bad-deadline');
  else if (draft.deadline < today) problems.push('deadline-past');
  if (!draft.leaderId) problems.push('no-leader');
  else if (!pool.isCommitteeMember(draft.leaderId)) problems.push('leader-not-member');
  if (draft.deputyLeaderId && !pool.isCommitteeMember(draft.deputyLeaderId)) problems.push('deputy-not-member');
  if (draft.deputyLeaderId && draft.deputyLeaderId === draft.leaderId) problems.push('leader-is-deputy');
  if (draft.memberIds.some((m) => !pool.isCommitteeMember(m))) problems.push('member-not-committee');
  return problems;
}
