import { HolidayDataError } from './calendar-errors.ts';
import { formatEntry, holidayDataSchema } from './holiday-schema.ts';

/** A named day off: a holiday, a compensatory day (nghỉ bù) or a swapped day (nghỉ hoán đổi). */
export interface DayOffEntry {
  date: string;
  name: string;
  /** Where the day comes from (decree, notice number, "computed"…); informational only. */
  source?: string;
  note?: string;
}

/** A weekend day that is a working day (làm bù), or a day an administrator takes off the list of days off. */
export interface DateEntry {
  date: string;
  source?: string;
  note?: string;
}

/** One year's official schedule; when a year is present, it replaces the rule-based computation for that year. */
export interface YearSchedule {
  source?: string;
  note?: string;
  /** Statutory holidays of the year as the schedule places them (Labour Code 2019 art. 112). */
  holidays: DayOffEntry[];
  /** Compensatory and swapped days off that are not holidays themselves. */
  extraDaysOff?: DayOffEntry[];
  /** Saturdays (or Sundays) that are working days because a working day was swapped away. */
  workingSaturdays?: DateEntry[];
}

/** The holiday calendar data as stored in data/holidays.json. */
export interface HolidayData {
  description?: string;
  /** Official schedules by Gregorian year ("2025"); years absent here are computed from the statutory rules. */
  years: Record<string, YearSchedule>;
  /** Extra days off an administrator declares (any year, scheduled or computed). */
  added?: DayOffEntry[];
  /** Days an administrator declares NOT to be days off after all (any year, scheduled or computed). */
  removed?: DateEntry[];
  /** Extra weekend working days an administrator declares (any year). */
  addedWorkingDays?: DateEntry[];
}

/** Checks untrusted JSON against the holiday schema; throws HolidayDataError naming the first bad entry. */
export function validateHolidayData(raw: unknown): HolidayData {
  const result = holidayDataSchema.safeParse(raw);
  if (result.success) {
    const { $schema: _schema, ...data } = result.data;
    return data;
  }
  const issue = result.error.issues[0]!;
  // A bad year key ("20x5") is reported by zod as an invalid key carrying the key schema's own message.
  const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  throw new HolidayDataError(formatEntry(issue.path), message);
}
