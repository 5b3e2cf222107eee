// Vietnamese lunisolar calendar after Hồ Ngọc Đức's published astronomical algorithm ("Thuật toán tính âm lịch"):
// new moons and solar terms from Jean Meeus' "Astronomical Algorithms" series, evaluated at UTC+7 because Vietnam
// fixes its calendar at that meridian (which is why Tết sometimes differs from the Chinese UTC+8 calendar).
import { CalendarInputError } from './calendar-errors.ts';
import { assertIsoDate, fromDayNumber, toDayNumber } from './iso-date.ts';

const VN_TIME_ZONE = 7;
const JDN_OF_UNIX_EPOCH = 2_440_588;
const SYNODIC_MONTH = 29.530588853;
const REF_NEW_MOON = 2_415_021.076998695; // new moon of 1900-01-01, the series' origin
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** A date of the Vietnamese lunar calendar; `leap` marks the intercalary (nhuận) month. */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

const dr = Math.PI / 180;

/** Julian day number (local midnight at UTC+7) of the k-th new moon after 1900-01-01. */
function newMoonDay(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return Math.floor(jd1 + c1 - deltaT + 0.5 + VN_TIME_ZONE / 24);
}

/** Which of the 12 thirty-degree sectors the sun's longitude is in at the start of local day `jdn`. */
function sunLongitudeSector(jdn: number): number {
  const T = (jdn - 2451545.5 - VN_TIME_ZONE / 24) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return Math.floor((L / Math.PI) * 6);
}

/** Julian day number of the first day of lunar month 11 (the month holding the winter solstice) of year `yy`. */
function lunarMonth11(yy: number): number {
  const off = jdnOf(yy, 12, 31) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return sunLongitudeSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Position (1-based, counted from month 11) of the leap month in a 13-month lunar year starting at `a11`. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - REF_NEW_MOON) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunLongitudeSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunLongitudeSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

function jdnOf(yy: number, mm: number, dd: number): number {
  return Date.UTC(yy, mm - 1, dd) / 86_400_000 + JDN_OF_UNIX_EPOCH;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarInputError(
      `Năm ${year} nằm ngoài phạm vi âm lịch hỗ trợ ${MIN_YEAR}–${MAX_YEAR} / lunar year ${year} is outside the supported range ${MIN_YEAR}–${MAX_YEAR}`,
    );
  }
}

/** Converts a yyyy-mm-dd solar date to the Vietnamese lunar date (UTC+7). */
export function solarToLunar(iso: string): LunarDate {
  assertIsoDate(iso);
  const yy = Number(iso.slice(0, 4));
  checkYear(yy);
  const dayNumber = toDayNumber(iso) + JDN_OF_UNIX_EPOCH;
  const k = Math.floor((dayNumber - REF_NEW_MOON) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > dayNumber) monthStart = newMoonDay(k);
  let a11 = lunarMonth11(yy);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = lunarMonth11(yy - 1);
  } else {
    lunarYear = yy + 1;
    b11 = lunarMonth11(yy + 1);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/** Converts a Vietnamese lunar date to yyyy-mm-dd; throws CalendarInputError for a leap month the year does not have. */
export function lunarToSolar(lunar: LunarDate): string {
  const { day, month, year, leap } = lunar;
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new CalendarInputError(
      `Ngày âm lịch ${day}/${month}/${year} không hợp lệ / invalid lunar date ${day}/${month}/${year}`,
    );
  }
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1);
    b11 = lunarMonth11(year);
  } else {
    a11 = lunarMonth11(year);
    b11 = lunarMonth11(year + 1);
  }
  const k = Math.floor(0.5 + (a11 - REF_NEW_MOON) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  let hasThisLeap = false;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    hasThisLeap = month === leapMonth;
    if (leap || off >= leapOff) off += 1;
  }
  if (leap && !hasThisLeap) {
    throw new CalendarInputError(
      `Năm âm lịch ${year} không có tháng ${month} nhuận / lunar year ${year} has no leap month ${month}`,
    );
  }
  return fromDayNumber(newMoonDay(k + off) + day - 1 - JDN_OF_UNIX_EPOCH);
}

/** The solar date of Tết Nguyên đán (1st day of lunar month 1) in Gregorian year `year`. */
export function tetDate(year: number): string {
  return lunarToSolar({ day: 1, month: 1, year, leap: false });
}
