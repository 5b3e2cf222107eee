import { CalendarInputError } from './calendar-errors.ts';
import { atLocal, localDate, minutesOfDay } from './local-time.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import { isWorkingDay } from './working-calendar.ts';
import { nextWorkingDay } from './working-day-math.ts';

/** Office hours as local 'HH:mm' times; `end` is exclusive (17:30 itself is after hours). */
export interface WorkingHours {
  start: string;
  end: string;
}

/** Office hours of Vietnamese state agencies used when none are configured. */
export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '07:30', end: '17:30' };

/** `instant` itself when it is inside working hours of a working day, else the start of the next working window. */
export function nextAllowedMoment(cal: WorkingCalendar, instant: Date, hours: WorkingHours = DEFAULT_WORKING_HOURS): Date {
  if (minutesOfDay(hours.start) >= minutesOfDay(hours.end)) {
    throw new CalendarInputError(
      `Giờ làm việc ${hours.start}–${hours.end}: giờ bắt đầu phải trước giờ kết thúc / working hours ${hours.start}–${hours.end}: start must be before end`,
    );
  }
  const today = localDate(instant);
  if (isWorkingDay(cal, today)) {
    const start = atLocal(today, hours.start);
    if (instant < start) return start;
    if (instant < atLocal(today, hours.end)) return instant;
  }
  return atLocal(nextWorkingDay(cal, today), hours.start);
}
