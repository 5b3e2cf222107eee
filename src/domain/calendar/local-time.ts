// Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975, so a fixed offset is exact for all
// dates this bot handles and avoids depending on the ICU time-zone data of the Node build.
import { CalendarInputError } from './calendar-errors.ts';
import { assertIsoDate } from './iso-date.ts';

/** Offset of Asia/Ho_Chi_Minh from UTC, in minutes. */
export const VN_UTC_OFFSET_MINUTES = 7 * 60;

const OFFSET_MS = VN_UTC_OFFSET_MINUTES * 60_000;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function shifted(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new CalendarInputError('Thời điểm không hợp lệ (Invalid Date) / the instant is an Invalid Date');
  return new Date(ms + OFFSET_MS).toISOString();
}

/** Minutes since local midnight for an 'HH:mm' time; throws CalendarInputError on anything else. */
export function minutesOfDay(hhmm: string): number {
  const m = HH_MM.exec(hhmm);
  if (!m) throw new CalendarInputError(`Giờ "${hhmm}" phải có dạng HH:mm (00:00–23:59) / time "${hhmm}" must be HH:mm (00:00–23:59)`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The yyyy-mm-dd date of `instant` in Asia/Ho_Chi_Minh. */
export function localDate(instant: Date): string {
  return shifted(instant).slice(0, 10);
}

/** The HH:mm wall-clock time of `instant` in Asia/Ho_Chi_Minh. */
export function localTime(instant: Date): string {
  return shifted(instant).slice(11, 16);
}

/** The instant at wall-clock `hhmm` on `isoDate` in Asia/Ho_Chi_Minh. */
export function atLocal(isoDate: string, hhmm: string): Date {
  assertIsoDate(isoDate);
  const minutes = minutesOfDay(hhmm);
  const midnightUtc = Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
  return new Date(midnightUtc + minutes * 60_000 - OFFSET_MS);
}

/** The last millisecond of `isoDate` in Asia/Ho_Chi_Minh: when a period ending that day expires (art. 148(5)). */
export function endOfLocalDay(isoDate: string): Date {
  return new Date(atLocal(isoDate, '00:00').getTime() + 86_400_000 - 1);
}
