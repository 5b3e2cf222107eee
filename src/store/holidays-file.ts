import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CodedError, ErrorCode } from '../errors/coded-error.ts';
import { HolidayDataError } from '../domain/calendar/calendar-errors.ts';
import type { HolidayData } from '../domain/calendar/holiday-data.ts';
import { validateHolidayData } from '../domain/calendar/holiday-data.ts';
import type { WorkingCalendar } from '../domain/calendar/working-calendar.ts';
import { createWorkingCalendar } from '../domain/calendar/working-calendar.ts';

/** data/holidays.json of this checkout, resolved from this module so the working directory does not matter. */
export const DEFAULT_HOLIDAYS_FILE = fileURLToPath(new URL('../../data/holidays.json', import.meta.url));

/** The holiday file cannot be read or is invalid; `file` and `entry` (JSON path, when known) say where to fix it. */
export class HolidayFileError extends CodedError {
  readonly file: string;
  /** JSON path of the bad value, field included (`years.2026.holidays[1].date`), when known. */
  readonly entry: string | undefined;
  /** The field named last in `entry` (`date`), like RosterError's; undefined when a whole entry or the file is wrong. */
  readonly field: string | undefined;

  constructor(file: string, entry: string | undefined, problem: string, options: { cause?: unknown } = {}) {
    super(ErrorCode.HolidaysInvalid, `${file}${entry ? ` → ${entry}` : ''}: ${problem}`, {
      cause: options.cause,
      remedy: `Sửa ${entry ? `mục ${entry} trong ` : ''}${file} rồi khởi động lại; HOLIDAYS_FILE chọn tệp khác / fix ${entry ? `entry ${entry} in ` : ''}${file} and restart; HOLIDAYS_FILE names another file`,
    });
    this.file = file;
    this.entry = entry;
    this.field = entry ? /\]\.([A-Za-z$]+)$/.exec(entry)?.[1] : undefined;
  }
}

/** Parses and validates the text of a holiday file; `file` is only used to name it in errors. */
export function parseHolidayFile(text: string, file: string): HolidayData {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new HolidayFileError(
      file,
      undefined,
      `không phải JSON hợp lệ (${(error as Error).message}); sửa cú pháp rồi khởi động lại / is not valid JSON; fix the syntax and restart`,
      { cause: error },
    );
  }
  try {
    return validateHolidayData(raw);
  } catch (error) {
    if (error instanceof HolidayDataError) throw new HolidayFileError(file, error.entry, error.problem, { cause: error });
    throw error;
  }
}

/** Reads and validates a holiday file (default data/holidays.json). */
export async function readHolidayFile(file: string = DEFAULT_HOLIDAYS_FILE): Promise<HolidayData> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new HolidayFileError(
      file,
      undefined,
      `không đọc được tệp (${(error as Error).message}); kiểm tra đường dẫn và quyền đọc / cannot read the file; check the path and permissions`,
      { cause: error },
    );
  }
  return parseHolidayFile(text, file);
}

/** Reads a holiday file and builds the working calendar from it. */
export async function loadWorkingCalendar(file: string = DEFAULT_HOLIDAYS_FILE): Promise<WorkingCalendar> {
  return createWorkingCalendar(await readHolidayFile(file));
}
