import { localDate } from '../domain/calendar/index.ts';

/** Calendar day, month and year of an instant as seen in Asia/Ho_Chi_Minh (the calendar's localDate). */
export function vietnamDateParts(instant: Date): { day: number; month: number; year: number } {
  const iso = localDate(instant);
  return { day: Number(iso.slice(8, 10)), month: Number(iso.slice(5, 7)), year: Number(iso.slice(0, 4)) };
}

/**
 * Place-and-date line of Nghị định 30/2020/NĐ-CP: a day below 10 and the months 1 and 2 take a
 * leading zero ("ngày 05 tháng 02 năm 2027"), other months do not ("tháng 12").
 */
export function formatPlaceDateLine(place: string, instant: Date): string {
  const { day, month, year } = vietnamDateParts(instant);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}
