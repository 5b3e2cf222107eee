import type { HandlingMeasure, Inspection, Verdict } from './inspection-model.ts';

/** A team member's place in the team. */
export type TeamRole = 'leader' | 'deputyLeader' | 'member';

/** Everyone on the team, leader first, each once. */
export function teamOf(inspection: Pick<Inspection, 'leaderId' | 'deputyLeaderId' | 'memberIds'>): string[] {
  return [...new Set([inspection.leaderId, ...(inspection.deputyLeaderId ? [inspection.deputyLeaderId] : []), ...inspection.memberIds])];
}

/** The member's role on the team, or undefined when they are not on it. */
export function teamRole(inspection: Inspection, memberId: string): TeamRole | undefined {
  if (inspection.leaderId === memberId) return 'leader';
  if (inspection.deputyLeaderId === memberId) return 'deputyLeader';
  return inspection.memberIds.includes(memberId) ? 'member' : undefined;
}

/** Once the chief has concluded the team is dissolved (Điều 8.1): nothing more may change. */
export function isClosed(inspection: Inspection): boolean {
  return inspection.status === 'closed';
}

/** Units the team has not recorded a finding on yet: the leader may submit only when none is left. */
export function unitsWithoutFinding(inspection: Inspection): string[] {
  return inspection.unitIds.filter((u) => !inspection.findings[u]);
}

/** Units that have not sent their self-report. */
export function unitsWithoutSelfReport(inspection: Inspection): string[] {
  return inspection.unitIds.filter((u) => !inspection.selfReports[u]);
}

/** Whether a verdict needs a proposed handling: anything short of meeting the requirements. */
export function needsProposal(verdict: Verdict): boolean {
  return verdict !== 'meets';
}

/** A measure the chief concluded, marked adjusted when it differs from the team's proposal. */
export function concludeMeasure(inspection: Inspection, unitId: string, content: string, deadline: string, taskId: string): HandlingMeasure {
  const proposed = inspection.findings[unitId]?.proposal ?? '';
  return { unitId, content, deadline, adjusted: content !== proposed, taskId };
}
