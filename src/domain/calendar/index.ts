// Public surface of the working-day calendar; import from here rather than from the individual files.
export { CalendarInputError, HolidayDataError } from './calendar-errors.ts';
export type { DateEntry, DayOffEntry, HolidayData, YearSchedule } from './holiday-data.ts';
export { validateHolidayData } from './holiday-data.ts';
export { formatDate, formatInstant } from './format-date.ts';
export { addDays, isIsoDate, isWeekend, weekdayOf } from './iso-date.ts';
export type { LunarDate } from './lunar-calendar.ts';
export { lunarToSolar, solarToLunar, tetDate } from './lunar-calendar.ts';
export { atLocal, endOfLocalDay, localDate, localTime, VN_UTC_OFFSET_MINUTES } from './local-time.ts';
export { computedDaysOff, statutoryHolidays } from './statutory-holidays.ts';
export type { WorkingCalendar, YearBasis } from './working-calendar.ts';
export {
  createWorkingCalendar,
  holidayName,
  isWorkingDay,
  listDaysOff,
  listWorkingWeekendDays,
} from './working-calendar.ts';
export type { DeadlinePolicy } from './working-day-math.ts';
export {
  addWorkingDays,
  adjustDeadline,
  firstWorkingDayOfMonth,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from './working-day-math.ts';
export type { WorkingHours } from './working-hours.ts';
export { DEFAULT_WORKING_HOURS, nextAllowedMoment } from './working-hours.ts';
