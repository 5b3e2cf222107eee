import type { DayOffEntry, HolidayData } from './holiday-data.ts';
import { validateHolidayData } from './holiday-data.ts';
import { assertIsoDate, isWeekend, yearOf } from './iso-date.ts';
import { computedDaysOff } from './statutory-holidays.ts';

/** Where a year's days off come from: the official schedule in the data, or the statutory rules. */
export type YearBasis = 'schedule' | 'computed';

/** A working-day calendar built from HolidayData; query it with the functions of this module. */
export interface WorkingCalendar {
  readonly data: HolidayData;
  /** Days off of `year` (holidays, compensatory, swapped and admin-added days) by date, overrides applied. */
  daysOffOf(year: number): ReadonlyMap<string, DayOffEntry>;
  /** Weekend dates of `year` that are working days (làm bù). */
  workingWeekendDaysOf(year: number): ReadonlySet<string>;
  /** Whether `year` follows an official schedule from the data or the statutory rules. */
  basisOf(year: number): YearBasis;
}

interface YearDays {
  daysOff: Map<string, DayOffEntry>;
  workingWeekend: Set<string>;
}

/** Builds a calendar from holiday data (validated again here, so hand-built data gets the same checks). */
export function createWorkingCalendar(input: HolidayData): WorkingCalendar {
  const data = validateHolidayData(input);
  const removed = new Set((data.removed ?? []).map((e) => e.date));
  // Years are expanded lazily: the lunar computation is cheap but callers may range over any year.
  const cache = new Map<number, YearDays>();

  const yearDays = (year: number): YearDays => {
    const hit = cache.get(year);
    if (hit) return hit;
    const schedule = data.years[String(year)];
    const base = schedule ? [...schedule.holidays, ...(schedule.extraDaysOff ?? [])] : computedDaysOff(year);
    const daysOff = new Map<string, DayOffEntry>();
    for (const entry of base) if (!removed.has(entry.date)) daysOff.set(entry.date, entry);
    for (const entry of data.added ?? []) if (yearOf(entry.date) === year) daysOff.set(entry.date, entry);
    const workingWeekend = new Set<string>();
    for (const entry of [...(schedule?.workingSaturdays ?? []), ...(data.addedWorkingDays ?? [])]) {
      // A day off always wins over a làm bù entry for the same date.
      if (yearOf(entry.date) === year && !daysOff.has(entry.date)) workingWeekend.add(entry.date);
    }
    const days = { daysOff, workingWeekend };
    cache.set(year, days);
    return days;
  };

  return {
    data,
    daysOffOf: (year) => yearDays(year).daysOff,
    workingWeekendDaysOf: (year) => yearDays(year).workingWeekend,
    basisOf: (year) => (data.years[String(year)] ? 'schedule' : 'computed'),
  };
}

/** True when `isoDate` is a working day: Mon–Fri that is not a day off, or a làm bù weekend day. */
export function isWorkingDay(cal: WorkingCalendar, isoDate: string): boolean {
  assertIsoDate(isoDate);
  const year = yearOf(isoDate);
  if (cal.daysOffOf(year).has(isoDate)) return false;
  return !isWeekend(isoDate) || cal.workingWeekendDaysOf(year).has(isoDate);
}

/** The name of the holiday or day off on `isoDate` (e.g. "Tết Nguyên đán"), undefined on other days. */
export function holidayName(cal: WorkingCalendar, isoDate: string): string | undefined {
  assertIsoDate(isoDate);
  return cal.daysOffOf(yearOf(isoDate)).get(isoDate)?.name;
}

/** All days off of `year` in date order, for display and audit. */
export function listDaysOff(cal: WorkingCalendar, year: number): DayOffEntry[] {
  return [...cal.daysOffOf(year).values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The làm bù weekend working days of `year` in date order. */
export function listWorkingWeekendDays(cal: WorkingCalendar, year: number): string[] {
  return [...cal.workingWeekendDaysOf(year)].sort();
}
