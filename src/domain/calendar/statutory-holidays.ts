// Rule-based days off for a year without an official schedule in data/holidays.json.
// Labour Code 2019 art. 112(1): 1/1; Tết Âm lịch 5 days; 10/3 lunar; 30/4; 1/5; 2/9 plus one adjacent day.
// Art. 111(3): a holiday falling on the weekly rest day gives a compensatory day on the next working day.
import type { DayOffEntry } from './holiday-data.ts';
import { addDays, isoOf, isWeekend, weekdayOf } from './iso-date.ts';
import { lunarToSolar, tetDate } from './lunar-calendar.ts';

const COMPUTED = 'computed: BLLĐ 2019 Điều 112 (quy tắc) / Labour Code 2019 art. 112 rule';

/**
 * Where the second National Day day goes, by weekday of 2/9. The law leaves the choice (1/9 or 3/9) to the
 * Prime Minister; these picks follow recent schedules, which join the two days to a weekend:
 * Mon→3/9 (2024), Tue→1/9 (2025), Wed→1/9 (2026), Thu→3/9 (2021), Fri→1/9 (2022), Sat→1/9 (2023), Sun→3/9.
 */
const NATIONAL_DAY_PARTNER: Record<number, 1 | 3> = { 0: 3, 1: 3, 2: 1, 3: 1, 4: 3, 5: 1, 6: 1 };

/**
 * The five Tết days: the last day of the lunar year plus lunar 1/1 to 4/1. Schedules vary (2025 took 28 Chạp to
 * mùng 3, 2026 took 29 Chạp to mùng 4); "one day before, four after" is the most common pattern and is used here.
 */
function tetDays(year: number): DayOffEntry[] {
  const tet = tetDate(year);
  return [-1, 0, 1, 2, 3].map((offset) => ({
    date: addDays(tet, offset),
    name: 'Tết Nguyên đán',
    note: offset === -1 ? 'ngày cuối năm âm lịch / last day of the lunar year' : `mùng ${offset + 1} Tết`,
    source: COMPUTED,
  }));
}

/** Statutory holidays of `year` as the law places them, before compensatory days. */
export function statutoryHolidays(year: number): DayOffEntry[] {
  const nationalDay = isoOf(year, 9, 2);
  const partner = isoOf(year, 9, NATIONAL_DAY_PARTNER[weekdayOf(nationalDay)] ?? 1);
  const list: DayOffEntry[] = [
    { date: isoOf(year, 1, 1), name: 'Tết Dương lịch', source: COMPUTED },
    ...tetDays(year),
    {
      date: lunarToSolar({ day: 10, month: 3, year, leap: false }),
      name: 'Giỗ Tổ Hùng Vương',
      note: '10/3 âm lịch / 10th day of lunar month 3',
      source: COMPUTED,
    },
    { date: isoOf(year, 4, 30), name: 'Ngày Chiến thắng', source: COMPUTED },
    { date: isoOf(year, 5, 1), name: 'Ngày Quốc tế Lao động', source: COMPUTED },
    { date: nationalDay, name: 'Quốc khánh', source: COMPUTED },
    { date: partner, name: 'Quốc khánh', note: 'ngày liền kề 2/9 / day adjacent to 2 September', source: COMPUTED },
  ];
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

function ddmm(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}

/** Compensatory days (nghỉ bù) for statutory holidays of `year` that fall on a Saturday or Sunday. */
export function compensatoryDays(holidays: DayOffEntry[]): DayOffEntry[] {
  const taken = new Set(holidays.map((h) => h.date));
  const result: DayOffEntry[] = [];
  for (const h of holidays) {
    if (!isWeekend(h.date)) continue;
    let day = addDays(h.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    result.push({
      date: day,
      name: `Nghỉ bù ${h.name} (${ddmm(h.date)})`,
      note: 'BLLĐ 2019 Điều 111 khoản 3 / Labour Code 2019 art. 111(3)',
      source: COMPUTED,
    });
  }
  return result;
}

/** All rule-based days off of `year`: statutory holidays plus their compensatory days, sorted by date. */
export function computedDaysOff(year: number): DayOffEntry[] {
  const holidays = statutoryHolidays(year);
  return [...holidays, ...compensatoryDays(holidays)].sort((a, b) => a.date.localeCompare(b.date));
}
