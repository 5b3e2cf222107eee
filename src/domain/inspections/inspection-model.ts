/** How the team judges a unit against the inspected content (Điều 8.1). */
export type Verdict = 'meets' | 'partly' | 'fails';

export const VERDICTS: readonly Verdict[] = ['meets', 'partly', 'fails'];

/**
 * Where an inspection stands: the team works (`open`), the leader has reported to the standing
 * member (`reported`, Điều 8.2), the standing member has forwarded it to the chief (`forwarded`),
 * the chief concluded and the team is dissolved (`closed`, Điều 8.1).
 */
export type InspectionStatus = 'open' | 'reported' | 'forwarded' | 'closed';

/** What the creator asked for, before it becomes an inspection. */
export interface InspectionDraft {
  /** What is inspected, under the committee's inspection plan. */
  content: string;
  unitIds: string[];
  /** The period inspected, yyyy-mm-dd, inclusive. */
  periodFrom: string;
  periodTo: string;
  /** Last day for the units' written self-reports and evidence (Điều 8.3), yyyy-mm-dd. */
  deadline: string;
  /** Trưởng đoàn. */
  leaderId: string;
  /** Phó Trưởng đoàn, when there is one. */
  deputyLeaderId?: string;
  /** The other members of the team. */
  memberIds: string[];
}

/** A unit's written self-report with its evidence links (Điều 8.3); a new one replaces the earlier. */
export interface SelfReport {
  text: string;
  evidence: string[];
  by: string;
  at: string;
  version: number;
}

/** The team's finding on one unit. */
export interface UnitFinding {
  verdict: Verdict;
  findings: string;
  /** Proposed handling of what does not meet (đề xuất hình thức xử lý). */
  proposal: string;
  by: string;
  at: string;
}

/** One handling measure the chief concluded, followed up as a task. */
export interface HandlingMeasure {
  unitId: string;
  content: string;
  /** yyyy-mm-dd */
  deadline: string;
  /** True when the chief changed the team's proposal. */
  adjusted: boolean;
  taskId: string;
}

export interface InspectionConclusion {
  text: string;
  measures: HandlingMeasure[];
  by: string;
  /** The deputy chief concluded under delegation ("thay mặt Trưởng Ban Chỉ đạo"). */
  onBehalfOfChief: boolean;
  at: string;
}

/** A stored inspection ('inspections/<id>'): the team, the units' self-reports, the findings and the chief's conclusion. */
export interface Inspection extends InspectionDraft {
  id: string;
  /** The standing member(s) who organise the team and receive its report (Điều 8.4). */
  organiserIds: string[];
  createdBy: string;
  createdAt: string;
  status: InspectionStatus;
  selfReports: Record<string, SelfReport>;
  findings: Record<string, UnitFinding>;
  /** The leader's report to the chief through the standing member (Điều 8.2). */
  report?: { summary: string; by: string; at: string };
  forwarded?: { note: string; by: string; at: string };
  conclusion?: InspectionConclusion;
  /** Recipients already given their card (team members `team:<id>`, units `unit:<id>`), so none is sent twice. */
  delivered: string[];
  /** Cards being sent: key → when the send was claimed; a claim older than the lease died with its process and is sent again. */
  sending?: Record<string, string>;
  /** Cards Teams refused (no conversation yet, blocked): sent again when the member becomes reachable. */
  undelivered?: Record<string, string>;
}
