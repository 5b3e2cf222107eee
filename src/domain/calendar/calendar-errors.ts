import { CodedError, ErrorCode } from '../../errors/coded-error.ts';

/** A caller passed a malformed date, time, month or count; the message says which value and the expected form. */
export class CalendarInputError extends CodedError {
  constructor(message: string) {
    super(ErrorCode.CalendarInput, message, { remedy: 'Truyền giá trị theo đúng dạng đã nêu / pass the value in the form stated' });
  }
}

/** The holiday data is inconsistent; `entry` is the JSON path of the offending entry (e.g. `years.2025.holidays[2]`). */
export class HolidayDataError extends CodedError {
  readonly entry: string;
  readonly problem: string;

  constructor(entry: string, problem: string) {
    super(ErrorCode.HolidaysInvalid, `${entry}: ${problem}`, {
      remedy: `Sửa mục ${entry} của lịch ngày nghỉ rồi khởi động lại / fix entry ${entry} of the holiday calendar and restart`,
    });
    this.entry = entry;
    this.problem = problem;
  }
}
