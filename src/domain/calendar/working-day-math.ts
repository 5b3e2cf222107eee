import { CalendarInputError } from './calendar-errors.ts';
import { addDays, assertIsoDate, isoOf, toDayNumber } from './iso-date.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import { isWorkingDay } from './working-calendar.ts';

/** How a deadline on a non-working day moves: Civil Code 2015 art. 148(5) says to the next working day. */
export type DeadlinePolicy = 'next' | 'previous';

// No real schedule has a month without working days; hitting this means the data declares an absurd run of days off.
const MAX_SEARCH_DAYS = 366;

function step(cal: WorkingCalendar, isoDate: string, direction: 1 | -1): string {
  let day = isoDate;
  for (let i = 0; i < MAX_SEARCH_DAYS; i++) {
    day = addDays(day, direction);
    if (isWorkingDay(cal, day)) return day;
  }
  throw new CalendarInputError(
    `Không có ngày làm việc nào trong ${MAX_SEARCH_DAYS} ngày ${direction > 0 ? 'sau' : 'trước'} ${isoDate}; kiểm tra data/holidays.json / no working day within ${MAX_SEARCH_DAYS} days ${direction > 0 ? 'after' : 'before'} ${isoDate}; check data/holidays.json`,
  );
}

/** The first working day strictly after `isoDate`. */
export function nextWorkingDay(cal: WorkingCalendar, isoDate: string): string {
  assertIsoDate(isoDate);
  return step(cal, isoDate, 1);
}

/** The last working day strictly before `isoDate`. */
export function previousWorkingDay(cal: WorkingCalendar, isoDate: string): string {
  assertIsoDate(isoDate);
  return step(cal, isoDate, -1);
}

/** The date `n` working days after `isoDate` (before it when n < 0); n = 0 returns `isoDate` unchanged. */
export function addWorkingDays(cal: WorkingCalendar, isoDate: string, n: number): string {
  assertIsoDate(isoDate);
  if (!Number.isSafeInteger(n)) {
    throw new CalendarInputError(`Số ngày làm việc phải là số nguyên, nhận ${n} / the working-day count must be an integer, got ${n}`);
  }
  const direction = n < 0 ? -1 : 1;
  let day = isoDate;
  for (let left = Math.abs(n); left > 0; left--) day = step(cal, day, direction);
  return day;
}

/**
 * Working days after `fromIso` up to and including `toIso`; negated when `toIso` is earlier, so that
 * workingDaysBetween(a, b) === -workingDaysBetween(b, a) and the count of a same-day span is 0.
 */
export function workingDaysBetween(cal: WorkingCalendar, fromIso: string, toIso: string): number {
  assertIsoDate(fromIso, 'fromIso');
  assertIsoDate(toIso, 'toIso');
  const [start, end, sign] = toDayNumber(toIso) >= toDayNumber(fromIso) ? [fromIso, toIso, 1] : [toIso, fromIso, -1];
  let count = 0;
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
    if (isWorkingDay(cal, day)) count++;
  }
  return sign * count;
}

/** The first working day of `month` (1–12) in `year`. */
export function firstWorkingDayOfMonth(cal: WorkingCalendar, year: number, month: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new CalendarInputError(`Tháng ${month}/${year} không hợp lệ (tháng 1–12) / invalid month ${month}/${year} (month must be 1–12)`);
  }
  const first = isoOf(year, month, 1);
  return isWorkingDay(cal, first) ? first : nextWorkingDay(cal, first);
}

/**
 * The date a deadline falling on `isoDate` really ends: unchanged on a working day, otherwise the next working day
 * (Civil Code 2015 art. 148(5): the period ends at the end of that day) or, with policy 'previous', the one before.
 */
export function adjustDeadline(cal: WorkingCalendar, isoDate: string, policy: DeadlinePolicy = 'next'): string {
  assertIsoDate(isoDate);
  if (policy !== 'next' && policy !== 'previous') {
    throw new CalendarInputError(`Chính sách hạn "${String(policy)}" không hợp lệ, dùng 'next' hoặc 'previous' / invalid deadline policy "${String(policy)}", use 'next' or 'previous'`);
  }
  if (isWorkingDay(cal, isoDate)) return isoDate;
  return policy === 'next' ? nextWorkingDay(cal, isoDate) : previousWorkingDay(cal, isoDate);
}
