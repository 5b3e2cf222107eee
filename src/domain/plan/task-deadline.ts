import { parseDate } from '../cycles/quarter.ts';
import type { TaskDeadline } from './plan-model.ts';

const ROMAN: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const QUARTER_END: Record<1 | 2 | 3 | 4, string> = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' };

/**
 * Reads a plan deadline as offices write it: "30/06/2026", "2026-06-30", "Quý II", "quy 2", "Q2",
 * "II/2026" (folded text). A date must fall in the plan's year; undefined when it is not a deadline.
 */
export function parseTaskDeadline(folded: string, year: number): TaskDeadline | undefined {
  const text = folded.trim();
  const date = parseDate(text);
  if (date) return date.startsWith(`${year}-`) ? { kind: 'date', date } : undefined;
  const q = /^(?:quy|q|quarter)?\s*(iv|iii|ii|i|[1-4])(?:\s*(?:\/|nam|-)\s*(\d{4}))?$/.exec(text);
  if (!q) return undefined;
  if (q[2] !== undefined && Number(q[2]) !== year) return undefined;
  const quarter = ROMAN[q[1]!];
  return quarter ? { kind: 'quarter', quarter } : undefined;
}

/** The ISO date a task is due: its date, or the last day of its quarter. */
export function dueDate(deadline: TaskDeadline, year: number): string {
  return deadline.kind === 'date' ? deadline.date : `${year}-${QUARTER_END[deadline.quarter]}`;
}

/** The quarter (1–4) a task is due in. */
export function dueQuarter(deadline: TaskDeadline): 1 | 2 | 3 | 4 {
  if (deadline.kind === 'quarter') return deadline.quarter;
  return (Math.floor((Number(deadline.date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}
