import type { HolidayData } from '../../../src/domain/calendar/holiday-data.ts';

/** Holiday data with no official schedules (every year computed by rule), with the given overrides. */
export function createHolidayData(overrides: Partial<HolidayData> = {}): HolidayData {
  return { years: {}, added: [], removed: [], addedWorkingDays: [], ...overrides };
}
