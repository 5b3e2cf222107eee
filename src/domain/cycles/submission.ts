import { canonicalJson as canonical } from '../canonical-json.ts';
import type { ParArea } from '../par-areas.ts';
import type { UnitDutyId } from './unit-duties.ts';

export type TaskStatus = 'done' | 'in-progress' | 'not-started';

/** What a unit said about one task of the annual plan on its quarterly form. */
export interface TaskReport {
  taskId: string;
  /** Number and content in the plan when reported, so the receipt and report read the same later. */
  number: string;
  content: string;
  /** The lead unit's status; a cooperating unit reports a result only. */
  status?: TaskStatus;
  result: string;
}

/** A unit's answers on the report form (quarterly) or to the ad-hoc questions. */
export interface ReportAnswers {
  /** Results per PAR area the unit reports on (kết quả thực hiện nhiệm vụ CCHC). */
  areas: Partial<Record<ParArea, string>>;
  /** Every unit's duties (Điều 2.3), whatever its assigned areas. */
  duties?: Partial<Record<UnitDutyId, string>>;
  /** A result the unit chose to report in an area outside its assigned list. */
  otherArea?: { area: ParArea; text: string };
  /** Plan tasks due or open in the quarter, as the unit reported them. */
  tasks?: TaskReport[];
  /** Key figures (data/indicators.json) by indicator id: whole numbers ≥ 0; indicators left empty are absent. */
  indicators?: Record<string, number>;
  /** The single Phụ lục 2A status of forms before the plan: read from stored submissions, no longer asked. */
  taskStatus?: TaskStatus;
  taskNote: string;
  difficulties: string;
  proposals: string;
  nextQuarterTasks: string;
  evidence: string[];
  /** Ad-hoc answers in question order. */
  answers: string[];
}

export interface SubmissionVersion {
  version: number;
  submittedBy: string;
  /** Set when a deputy submitted for an absent head: the head's member id. */
  onBehalfOf?: string;
  at: string;
  late: boolean;
  answers: ReportAnswers;
}

/** Every version a unit submitted for one cycle; edits append, nothing is lost. */
export interface UnitSubmission {
  cycleId: string;
  unitId: string;
  versions: SubmissionVersion[];
}

/** The latest version, if any. */
export function latestVersion(submission: UnitSubmission | undefined): SubmissionVersion | undefined {
  return submission?.versions.at(-1);
}

/** Same answers as the latest version: a retry or a double click, not an edit. */
export function sameAnswers(a: ReportAnswers, b: ReportAnswers): boolean {
  return canonical(normalise(a)) === canonical(normalise(b));
}

function normalise(a: ReportAnswers): ReportAnswers {
  const areas = Object.fromEntries(Object.entries(a.areas).filter(([, v]) => v));
  return { ...a, areas };
}
