const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const PARTS_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Calendar day, month and year of an instant as seen in Asia/Ho_Chi_Minh. */
export function vietnamDateParts(instant: Date): { day: number; month: number; year: number } {
  const parts = PARTS_FORMAT.formatToParts(instant);
  const pick = (type: 'day' | 'month' | 'year'): number => Number(parts.find((p) => p.type === type)?.value);
  return { day: pick('day'), month: pick('month'), year: pick('year') };
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

/** dd/mm/yyyy of an ISO timestamp or ISO date, in Asia/Ho_Chi_Minh; the input itself when unparseable. */
export function formatShortDate(iso: string): string {
  // A bare yyyy-mm-dd is a calendar date already; shifting it through a time zone could move it a day.
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (bare) return `${bare[3]}/${bare[2]}/${bare[1]}`;
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const { day, month, year } = vietnamDateParts(instant);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
