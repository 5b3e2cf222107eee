import type { ParArea } from '../par-areas.ts';
import type { KeyFigure } from './key-figures.ts';
import type { PlanProgressSummary } from './plan-progress-summary.ts';

/** One unit's answer to one section, named by its unit so readers know who said it. */
export interface UnitText {
  unitId: string;
  unitName: string;
  text: string;
}

/** Progress of one assigned task (Phụ lục 2A) as a unit reported it. */
export interface TaskProgressEntry {
  unitId: string;
  unitName: string;
  status: 'done' | 'in-progress' | 'not-started';
  note: string;
}

/** One row of the closing table: who submitted, when, and whether it was on time. */
export interface UnitSubmissionRow {
  unitId: string;
  unitName: string;
  headName: string;
  /** ISO timestamp of the latest version, absent when the unit did not submit. */
  submittedAt?: string;
  onTime?: boolean;
  version?: number;
  /** Name of the deputy who submitted for an absent head. */
  onBehalfOf?: string;
}

/**
 * The Office's compiled report for one cycle: pure data, rendered to an HTML email and to the
 * official document. All text is already NFC-normalised; renderers must still escape it.
 */
export interface CompiledReport {
  cycleId: string;
  kind: 'quarterly' | 'ad-hoc';
  /** Short label, e.g. "Quý IV/2026" or the ad-hoc topic. */
  label: string;
  /** Trích yếu, e.g. "Kết quả thực hiện công tác cải cách hành chính Quý IV năm 2026". */
  subject: string;
  /** Data window as ISO dates (yyyy-mm-dd), inclusive. */
  dataFrom: string;
  dataTo: string;
  /** Unit deadline as ISO date. */
  unitDeadline: string;
  /** ISO timestamp of compilation. */
  compiledAt: string;
  summary: {
    targetCount: number;
    submittedCount: number;
    lateCount: number;
    missingUnits: string[];
  };
  /** Section I: one entry per PAR area, in PAR_AREAS order; areas nobody wrote about have no entries. */
  areas: Array<{ area: ParArea; title: string; entries: UnitText[] }>;
  /** Phụ lục 2A progress as forms before the annual plan reported it (one status per unit). */
  taskProgress: TaskProgressEntry[];
  /** Progress of the year's CCHC plan when the report was compiled; absent without a plan (and for ad-hoc reports). */
  planProgress?: PlanProgressSummary;
  /** Key figures (data/indicators.json) summed over the units' answers; absent when no indicator applies. */
  keyFigures?: KeyFigure[];
  difficulties: UnitText[];
  proposals: UnitText[];
  nextQuarterTasks: UnitText[];
  /** Ad-hoc cycles: the questions asked and each unit's answers, in question order. */
  questions: Array<{ question: string; answers: UnitText[] }>;
  /** Evidence links (tài liệu kiểm chứng) per unit. */
  evidence: Array<{ unitId: string; unitName: string; urls: string[] }>;
  units: UnitSubmissionRow[];
}

/** Letterhead and signature block of the issuing office; comes from configuration. */
export interface Letterhead {
  /** e.g. "ỦY BAN NHÂN DÂN THÀNH PHỐ" */
  parentBody: string;
  /** e.g. "VĂN PHÒNG" */
  issuingBody: string;
  /** Document number suffix, e.g. "BC-VP" -> "Số: …/BC-VP". */
  numberSuffix: string;
  /** Place in the date line, e.g. "Thành phố Hồ Chí Minh". */
  place: string;
  /** Signature block, e.g. ["TRƯỞNG BAN", "CHÁNH VĂN PHÒNG"]. */
  signerTitles: string[];
  signerName: string;
  /** "Nơi nhận" entries; the renderer appends "- Lưu: VT, …". */
  recipients: string[];
  /** Abbreviation after "Lưu: VT," e.g. "BCĐ CCHC". */
  archiveCode: string;
}
