import { foldText } from '../commands/normalize-text.ts';
import { parseDate } from '../cycles/quarter.ts';

/** What follows `tự chấm điểm` / `điểm`: an optional year and (to open) a deadline. */
export interface AssessmentArgs {
  year?: number;
  /** The deadline as typed, when one was. */
  deadlineText?: string;
  /** yyyy-mm-dd, when the typed deadline is a real date. */
  deadline?: string;
  /** Words that are neither (the command is then not understood). */
  rest: string;
}

/** Reads "2026 hạn 15/12/2026" (either part optional, any order; "due" in English, "năm"/"year" allowed before the year). */
export function parseAssessmentArgs(args: string): AssessmentArgs {
  let text = foldText(args);
  const result: AssessmentArgs = { rest: '' };
  const due = /\b(?:han|due|deadline)\s+(\S+)/.exec(text);
  if (due) {
    result.deadlineText = due[1]!;
    const date = parseDate(due[1]!);
    if (date) result.deadline = date;
    text = text.replace(due[0], ' ');
  }
  const year = /\b(?:(?:nam|year)\s+)?(20\d{2})\b/.exec(text);
  if (year) {
    result.year = Number(year[1]);
    text = text.replace(year[0], ' ');
  }
  result.rest = text.trim();
  return result;
}
