import { z } from 'zod';
import { isIsoDate, isWeekend, yearOf } from './iso-date.ts';

/**
 * The shape of data/holidays.json in zod 4: validation when the calendar is built (holiday-data.ts turns
 * the first issue into a HolidayDataError naming the entry, e.g. `years.2025.holidays[2].date`) and,
 * through `z.toJSONSchema`, the JSON Schema beside the file (`npm run schemas`). Unknown keys are
 * refused so a typo ("remove" for "removed") does not pass silently.
 */

const ROOT = '(gốc / root)';

/** An object that refuses unknown keys, naming the allowed ones. */
function strict<T extends z.core.$ZodLooseShape>(shape: T, notObject: string) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code !== 'unrecognized_keys') return notObject;
      const key = iss.keys[0] ?? '';
      return `khóa lạ "${key}", chỉ dùng: ${allowed} / unknown key "${key}", allowed: ${allowed}`;
    },
  });
}

const isoDate = z
  .string({ error: (iss) => `"${String(iss.input)}" không phải ngày hợp lệ yyyy-mm-dd / is not a valid yyyy-mm-dd date` })
  .refine(isIsoDate, { error: (iss) => `"${String(iss.input)}" không phải ngày hợp lệ yyyy-mm-dd / is not a valid yyyy-mm-dd date` })
  .meta({ description: 'Ngày dạng yyyy-mm-dd / date as yyyy-mm-dd', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

const optionalText = (description: string) => z.string({ error: 'phải là chuỗi / must be a string' }).optional().meta({ description });
const source = optionalText('Căn cứ: văn bản, số thông báo… (chỉ để tham khảo) / where the day comes from (informational)');
const note = optionalText('Ghi chú / note');

const dayOff = strict(
  {
    date: isoDate,
    name: z
      .string({ error: 'cần tên ngày nghỉ / a non-empty name is required' })
      .min(1, 'cần tên ngày nghỉ / a non-empty name is required')
      .refine((v) => v.trim() !== '', 'cần tên ngày nghỉ / a non-empty name is required')
      .transform((v) => v.normalize('NFC'))
      .meta({ description: 'Tên ngày nghỉ, ví dụ "Tết Nguyên đán" / name of the day off' }),
    source,
    note,
  },
  'phải là đối tượng {date, name} / must be an object {date, name}',
);

const dateOnly = strict({ date: isoDate, source, note }, 'phải là đối tượng {date} / must be an object {date}');

const list = <T extends z.ZodType>(item: T, description: string) =>
  z.array(item, { error: 'phải là một danh sách (mảng JSON) / must be a JSON array' }).meta({ description });
const optionalList = <T extends z.ZodType>(item: T, description: string) => list(item, description).default([]);

const yearSchedule = strict(
  {
    source,
    note,
    holidays: list(dayOff, 'Ngày lễ theo lịch chính thức của năm (BLLĐ 2019 Điều 112) / statutory holidays as the year’s schedule places them'),
    extraDaysOff: optionalList(dayOff, 'Ngày nghỉ bù, nghỉ hoán đổi / compensatory and swapped days off'),
    workingSaturdays: optionalList(dateOnly, 'Thứ Bảy/Chủ nhật làm bù / weekend days that are working days'),
  },
  'phải là đối tượng {holidays, extraDaysOff, workingSaturdays} / must be an object',
);

type Dated = { date: string };
type Path = Array<string | number>;

/** A date listed twice across the given lists; the later one is reported, naming the earlier. */
function checkUnique(ctx: z.RefinementCtx, lists: Array<{ path: Path; entries: Dated[] }>): void {
  const seen = new Map<string, string>();
  for (const { path, entries } of lists) {
    entries.forEach((e, i) => {
      const here = formatEntry([...path, i]);
      const before = seen.get(e.date);
      if (before !== undefined) ctx.addIssue({ code: 'custom', path: [...path, i], message: `ngày ${e.date} đã có ở ${before} / date ${e.date} already appears at ${before}` });
      else seen.set(e.date, here);
    });
  }
}

// The cross-entry checks only look at well-formed dates: a malformed one already has its own issue.
function checkWeekend(ctx: z.RefinementCtx, entries: Dated[], path: Path): void {
  entries.forEach((e, i) => {
    if (isIsoDate(e.date) && !isWeekend(e.date)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'date'],
        message: `${e.date} không phải thứ Bảy/Chủ nhật nên vốn đã là ngày làm việc / ${e.date} is not a weekend day, so it is already a working day`,
      });
    }
  });
}

function checkYear(ctx: z.RefinementCtx, entries: Dated[], year: number, path: Path): void {
  entries.forEach((e, i) => {
    if (isIsoDate(e.date) && yearOf(e.date) !== year) ctx.addIssue({ code: 'custom', path: [...path, i, 'date'], message: `${e.date} không thuộc năm ${year} / ${e.date} is not in year ${year}` });
  });
}

/** data/holidays.json: official schedules by year, and the administrator's additions and removals. */
export const holidayDataSchema = strict(
  {
    $schema: z.string().optional().meta({ description: 'Đường dẫn tới JSON Schema này, cho trình soạn thảo / path to this JSON Schema, for editors' }),
    description: optionalText('Mô tả tệp / what the file holds'),
    years: z
      .record(z.string().regex(/^\d{4}$/, 'khóa năm phải có dạng yyyy / a year key must look like yyyy'), yearSchedule, {
        error: 'cần đối tượng theo năm, ví dụ {"2025": {...}} / an object keyed by year is required',
      })
      .meta({ description: 'Lịch chính thức theo năm dương lịch; năm không có ở đây được tính theo luật / official schedules by year; other years are computed' }),
    added: optionalList(dayOff, 'Ngày nghỉ quản trị viên thêm (mọi năm) / extra days off'),
    removed: optionalList(dateOnly, 'Ngày quản trị viên bỏ khỏi danh sách ngày nghỉ / days that are not days off after all'),
    addedWorkingDays: optionalList(dateOnly, 'Thứ Bảy/Chủ nhật làm bù quản trị viên thêm / extra weekend working days'),
  },
  'phải là đối tượng JSON {years, added, removed} / must be a JSON object',
)
  .superRefine((data, ctx) => {
    for (const [key, year] of Object.entries(data.years)) {
      const path = ['years', key];
      checkYear(ctx, year.holidays, Number(key), [...path, 'holidays']);
      checkYear(ctx, year.extraDaysOff, Number(key), [...path, 'extraDaysOff']);
      checkYear(ctx, year.workingSaturdays, Number(key), [...path, 'workingSaturdays']);
      checkWeekend(ctx, year.workingSaturdays, [...path, 'workingSaturdays']);
      checkUnique(ctx, [
        { path: [...path, 'holidays'], entries: year.holidays },
        { path: [...path, 'extraDaysOff'], entries: year.extraDaysOff },
        { path: [...path, 'workingSaturdays'], entries: year.workingSaturdays },
      ]);
    }
    checkWeekend(ctx, data.addedWorkingDays, ['addedWorkingDays']);
    checkUnique(ctx, [
      { path: ['added'], entries: data.added },
      { path: ['removed'], entries: data.removed },
      { path: ['addedWorkingDays'], entries: data.addedWorkingDays },
    ]);
  })
  .meta({ title: 'Lịch ngày nghỉ lễ, Tết / holiday calendar' });

/** `years.2025.holidays[2].date` for the path of an issue; the root is "(gốc / root)". */
export function formatEntry(path: readonly PropertyKey[]): string {
  if (path.length === 0) return ROOT;
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}
