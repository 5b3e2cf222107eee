import type { ParArea } from '../par-areas.ts';

/** Where a plan task stands; `cancelled` tasks stay in the plan (the record of a decision) but are never due. */
export const TASK_STATUSES = ['not-started', 'in-progress', 'done', 'cancelled'] as const;
export type PlanTaskStatus = (typeof TASK_STATUSES)[number];

/** A plan deadline: a day, or "within quarter N" (due on the quarter's last day). */
export type TaskDeadline = { kind: 'date'; date: string } | { kind: 'quarter'; quarter: 1 | 2 | 3 | 4 };

/** One entry of a status history: who said what, when (a report, a card edit, an import). */
export interface TaskProgressNote {
  at: string;
  by: string;
  status: PlanTaskStatus;
  result: string;
}

/** Who changed a task by card, and when; an edit names the fields it changed. */
export interface TaskChange {
  at: string;
  by: string;
  kind: 'added' | 'edited' | 'cancelled';
  fields?: string[];
  reason?: string;
}

/** One task of the annual CCHC plan (Điều 3.1, 2.3). */
export interface PlanTask {
  /** Stable id within the plan, from its number in the plan ("1", "2.3" -> "t-2-3"). */
  id: string;
  /** Number in the plan as written (STT). */
  number: string;
  content: string;
  area: ParArea;
  leadUnitId: string;
  cooperatingUnitIds: string[];
  deadline: TaskDeadline;
  /** Expected output (sản phẩm), e.g. "Kế hoạch", "Báo cáo". */
  output: string;
  status: PlanTaskStatus;
  /** Latest short result reported. */
  result: string;
  /** ISO date the task was marked done; `late` when that was after its deadline. */
  doneOn?: string;
  late?: boolean;
  history: TaskProgressNote[];
  /** Additions, edits and cancellation by card, oldest first (imported tasks start without any). */
  changes?: TaskChange[];
  /** Set when cancelled by card: who, when, why (the task stays listed). */
  cancellation?: { at: string; by: string; reason: string };
}

/** The Office's annual CCHC plan for one year. */
export interface AnnualPlan {
  year: number;
  tasks: PlanTask[];
  /** Where it came from: an uploaded file's name, or the data/plans file. */
  source: string;
  importedAt: string;
  importedBy: string;
  /** Marked by the file itself (a demo plan): shown on every view of it. */
  illustrative: boolean;
}
