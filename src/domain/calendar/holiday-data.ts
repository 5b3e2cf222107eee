import { HolidayDataError } from './calendar-errors.ts';
import { isIsoDate, isWeekend, yearOf } from './iso-date.ts';

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

const TOP_KEYS = ['description', 'years', 'added', 'removed', 'addedWorkingDays'];
const YEAR_KEYS = ['source', 'note', 'holidays', 'extraDaysOff', 'workingSaturdays'];
const DAY_OFF_KEYS = ['date', 'name', 'source', 'note'];
const DATE_KEYS = ['date', 'source', 'note'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(entry: string, problem: string): never {
  throw new HolidayDataError(entry, problem);
}

function checkKeys(obj: Record<string, unknown>, allowed: string[], path: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      fail(path, `khóa lạ "${key}", chỉ dùng: ${allowed.join(', ')} / unknown key "${key}", allowed: ${allowed.join(', ')}`);
    }
  }
}

function optionalText(obj: Record<string, unknown>, key: string, path: string): string | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') fail(`${path}.${key}`, 'phải là chuỗi / must be a string');
  return v;
}

function readDate(obj: Record<string, unknown>, path: string, year?: number): string {
  const date = obj.date;
  if (!isIsoDate(date)) {
    fail(`${path}.date`, `"${String(date)}" không phải ngày hợp lệ yyyy-mm-dd / is not a valid yyyy-mm-dd date`);
  }
  if (year !== undefined && yearOf(date) !== year) {
    fail(`${path}.date`, `${date} không thuộc năm ${year} / ${date} is not in year ${year}`);
  }
  return date;
}

function readList(value: unknown, path: string, required: boolean): unknown[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) fail(path, 'phải là một danh sách (mảng JSON) / must be a JSON array');
  return value;
}

function readDayOffList(value: unknown, path: string, required: boolean, year?: number): DayOffEntry[] {
  return readList(value, path, required).map((raw, i) => {
    const p = `${path}[${i}]`;
    if (!isRecord(raw)) fail(p, 'phải là đối tượng {date, name} / must be an object {date, name}');
    checkKeys(raw, DAY_OFF_KEYS, p);
    const date = readDate(raw, p, year);
    const name = raw.name;
    if (typeof name !== 'string' || name.trim() === '') fail(`${p}.name`, 'cần tên ngày nghỉ / a non-empty name is required');
    const entry: DayOffEntry = { date, name: name.normalize('NFC') };
    const source = optionalText(raw, 'source', p);
    const note = optionalText(raw, 'note', p);
    if (source !== undefined) entry.source = source;
    if (note !== undefined) entry.note = note;
    return entry;
  });
}

function readDateList(value: unknown, path: string, year?: number): DateEntry[] {
  return readList(value, path, false).map((raw, i) => {
    const p = `${path}[${i}]`;
    if (!isRecord(raw)) fail(p, 'phải là đối tượng {date} / must be an object {date}');
    checkKeys(raw, DATE_KEYS, p);
    const entry: DateEntry = { date: readDate(raw, p, year) };
    const source = optionalText(raw, 'source', p);
    const note = optionalText(raw, 'note', p);
    if (source !== undefined) entry.source = source;
    if (note !== undefined) entry.note = note;
    return entry;
  });
}

function checkUnique(lists: { path: string; entries: { date: string }[] }[]): void {
  const seen = new Map<string, string>();
  for (const { path, entries } of lists) {
    entries.forEach((e, i) => {
      const here = `${path}[${i}]`;
      const before = seen.get(e.date);
      if (before !== undefined) {
        fail(here, `ngày ${e.date} đã có ở ${before} / date ${e.date} already appears at ${before}`);
      }
      seen.set(e.date, here);
    });
  }
}

function checkWeekend(entries: DateEntry[], path: string): void {
  entries.forEach((e, i) => {
    if (!isWeekend(e.date)) {
      fail(`${path}[${i}].date`, `${e.date} không phải thứ Bảy/Chủ nhật nên vốn đã là ngày làm việc / ${e.date} is not a weekend day, so it is already a working day`);
    }
  });
}

function readYear(key: string, raw: unknown): YearSchedule {
  const path = `years.${key}`;
  if (!/^\d{4}$/.test(key)) fail(path, 'khóa năm phải có dạng yyyy / a year key must look like yyyy');
  if (!isRecord(raw)) fail(path, 'phải là đối tượng {holidays, extraDaysOff, workingSaturdays} / must be an object');
  checkKeys(raw, YEAR_KEYS, path);
  const year = Number(key);
  const holidays = readDayOffList(raw.holidays, `${path}.holidays`, true, year);
  const extraDaysOff = readDayOffList(raw.extraDaysOff, `${path}.extraDaysOff`, false, year);
  const workingSaturdays = readDateList(raw.workingSaturdays, `${path}.workingSaturdays`, year);
  checkWeekend(workingSaturdays, `${path}.workingSaturdays`);
  checkUnique([
    { path: `${path}.holidays`, entries: holidays },
    { path: `${path}.extraDaysOff`, entries: extraDaysOff },
    { path: `${path}.workingSaturdays`, entries: workingSaturdays },
  ]);
  const schedule: YearSchedule = { holidays, extraDaysOff, workingSaturdays };
  const source = optionalText(raw, 'source', path);
  const note = optionalText(raw, 'note', path);
  if (source !== undefined) schedule.source = source;
  if (note !== undefined) schedule.note = note;
  return schedule;
}

/** Checks untrusted JSON against the HolidayData shape; throws HolidayDataError naming the bad entry. */
export function validateHolidayData(raw: unknown): HolidayData {
  if (!isRecord(raw)) fail('(gốc / root)', 'phải là đối tượng JSON {years, added, removed} / must be a JSON object');
  checkKeys(raw, TOP_KEYS, '(gốc / root)');
  if (!isRecord(raw.years)) fail('years', 'cần đối tượng theo năm, ví dụ {"2025": {...}} / an object keyed by year is required');
  const years: Record<string, YearSchedule> = {};
  for (const [key, value] of Object.entries(raw.years)) years[key] = readYear(key, value);
  const added = readDayOffList(raw.added, 'added', false);
  const removed = readDateList(raw.removed, 'removed');
  const addedWorkingDays = readDateList(raw.addedWorkingDays, 'addedWorkingDays');
  checkWeekend(addedWorkingDays, 'addedWorkingDays');
  checkUnique([
    { path: 'added', entries: added },
    { path: 'removed', entries: removed },
    { path: 'addedWorkingDays', entries: addedWorkingDays },
  ]);
  const data: HolidayData = { years, added, removed, addedWorkingDays };
  const description = optionalText(raw, 'description', '(gốc / root)');
  if (description !== undefined) data.description = description;
  return data;
}
