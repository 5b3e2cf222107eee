import { CalendarInputError } from './calendar-errors.ts';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day of week as JavaScript numbers it: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** True when `value` is a real calendar date written as yyyy-mm-dd. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC silently rolls 2025-02-30 over to March; a round trip catches it.
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** Throws CalendarInputError unless `value` is a valid yyyy-mm-dd date. */
export function assertIsoDate(value: unknown, what = 'date'): asserts value is string {
  if (!isIsoDate(value)) {
    throw new CalendarInputError(
      `${what} "${String(value)}" không phải ngày hợp lệ dạng yyyy-mm-dd / is not a valid yyyy-mm-dd date`,
    );
  }
}

/** Days since 1970-01-01 for a yyyy-mm-dd date (no validation: call assertIsoDate first). */
export function toDayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

/** The yyyy-mm-dd date of a day number (days since 1970-01-01). */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date `n` calendar days after `iso` (n may be negative). */
export function addDays(iso: string, n: number): string {
  return fromDayNumber(toDayNumber(iso) + n);
}

/** The yyyy-mm-dd date for numeric year, month (1–12) and day. */
export function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day of week of a yyyy-mm-dd date, 0 = Sunday. */
export function weekdayOf(iso: string): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(iso) + 4) % 7) + 7) % 7) as Weekday;
}

/** True on Saturday and Sunday, the weekly rest days of state agencies. */
export function isWeekend(iso: string): boolean {
  const wd = weekdayOf(iso);
  return wd === 0 || wd === 6;
}

/** The Gregorian year of a yyyy-mm-dd date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
