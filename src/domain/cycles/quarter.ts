import { adjustDeadline, localDate, type WorkingCalendar } from '../calendar/index.ts';

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "IV/2026", "q4/2026", "4/2026", "quý IV năm 2026" -> the quarter; undefined when it is not one. */
export function parseQuarter(text: string): Quarter | undefined {
  const m = /\b(?:quy\s*|q)?(IV|III|II|I|[1-4])\s*(?:\/|nam|năm|-|\s)\s*(\d{4})\b/i.exec(text.normalize('NFC').replace(/quý/gi, 'quy'));
  if (!m) return undefined;
  const raw = m[1]!.toUpperCase();
  const index = /^\d$/.test(raw) ? Number(raw) : ROMAN.indexOf(raw as (typeof ROMAN)[number]) + 1;
  const year = Number(m[2]);
  if (index < 1 || index > 4 || year < 2000 || year > 2100) return undefined;
  return { year, quarter: index as Quarter['quarter'] };
}

/** The quarter containing an instant (in Asia/Ho_Chi_Minh). */
export function quarterOf(instant: Date): Quarter {
  const [year, month] = localDate(instant).split('-').map(Number) as [number, number];
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter['quarter'] };
}

/** Stable id of a quarterly cycle, e.g. "2026-q4". */
export function quarterId(q: Quarter): string {
  return `${q.year}-q${q.quarter}`;
}

/** "Quý IV/2026" (vi) or "Q4 2026" (en). */
export function quarterLabel(q: Quarter, locale: 'vi' | 'en' = 'vi'): string {
  return locale === 'vi' ? `Quý ${ROMAN[q.quarter - 1]}/${q.year}` : `Q${q.quarter} ${q.year}`;
}

/** Trích yếu of the compiled report: "Kết quả thực hiện công tác cải cách hành chính Quý IV năm 2026". */
export function quarterSubject(q: Quarter): string {
  return `Kết quả thực hiện công tác cải cách hành chính Quý ${ROMAN[q.quarter - 1]} năm ${q.year}`;
}

function iso(year: number, month: number, day: number): string {
  // Month may be 0 (December of the previous year) when the quarter starts in January.
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

/** Decree 09/2019/NĐ-CP data window: 15th of the month before the quarter to the 14th of its last month. */
export function dataWindow(q: Quarter): { from: string; to: string } {
  const firstMonth = (q.quarter - 1) * 3 + 1;
  return { from: iso(q.year, firstMonth - 1, 15), to: iso(q.year, firstMonth + 2, 14) };
}

/** First and last month (1–12) of a quarter. */
export function quarterMonths(q: Quarter): { first: number; last: number } {
  const first = (q.quarter - 1) * 3 + 1;
  return { first, last: first + 2 };
}

/** The unit and compile deadlines for a quarter, moved off non-working days (Civil Code art. 148(5)). */
export function quarterDeadlines(
  q: Quarter,
  cal: WorkingCalendar,
  settings: { unitDeadlineDay: number; compileDeadlineDay: number; deadlinePolicy: 'next' | 'previous' },
): { unitDeadline: string; compileDeadline: string } {
  const { last } = quarterMonths(q);
  const unitDeadline = adjustDeadline(cal, iso(q.year, last, settings.unitDeadlineDay), settings.deadlinePolicy);
  let compileDeadline = adjustDeadline(cal, iso(q.year, last, settings.compileDeadlineDay), settings.deadlinePolicy);
  if (compileDeadline < unitDeadline) compileDeadline = unitDeadline;
  return { unitDeadline, compileDeadline };
}

/** Parses "10/12/2026" or "2026-12-10" into an ISO date; undefined when it is not a real date. */
export function parseDate(text: string): string | undefined {
  let y: number, m: number, d: number;
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (isoMatch) [y, m, d] = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
  else return undefined;
  const value = iso(y, m, d);
  return value === `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` ? value : undefined;
}

