/** A caller passed a malformed date, time, month or count; the message says which value and the expected form. */
export class CalendarInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarInputError';
  }
}

/** The holiday data is inconsistent; `entry` is the JSON path of the offending entry (e.g. `years.2025.holidays[2]`). */
export class HolidayDataError extends Error {
  constructor(
    readonly entry: string,
    readonly problem: string,
  ) {
    super(`${entry}: ${problem}`);
    this.name = 'HolidayDataError';
  }
}
