import { expect } from 'chai';
import { CalendarInputError } from '../../../src/domain/calendar/calendar-errors.ts';
import { addDays } from '../../../src/domain/calendar/iso-date.ts';
import { lunarToSolar, solarToLunar, tetDate } from '../../../src/domain/calendar/lunar-calendar.ts';

describe('lunar calendar (Hồ Ngọc Đức, UTC+7)', () => {
  it('places Tết on the published dates', () => {
    expect(tetDate(2025)).to.equal('2025-01-29');
    expect(tetDate(2026)).to.equal('2026-02-17');
    expect(tetDate(2027)).to.equal('2027-02-06');
    expect(tetDate(2020)).to.equal('2020-01-25');
    expect(tetDate(2023)).to.equal('2023-01-22');
    expect(tetDate(2024)).to.equal('2024-02-10');
  });

  it('places Giỗ Tổ Hùng Vương (10/3 lunar) on the published dates', () => {
    const gioTo = (year: number) => lunarToSolar({ day: 10, month: 3, year, leap: false });
    expect(gioTo(2026)).to.equal('2026-04-26');
    expect(gioTo(2025)).to.equal('2025-04-07');
    expect(gioTo(2024)).to.equal('2024-04-18');
  });

  it('converts solar dates to lunar ones, including the last day of the lunar year', () => {
    expect(solarToLunar('2025-01-28')).to.deep.equal({ day: 29, month: 12, year: 2024, leap: false });
    expect(solarToLunar('2026-02-17')).to.deep.equal({ day: 1, month: 1, year: 2026, leap: false });
  });

  it('knows the leap second month of 2023', () => {
    expect(solarToLunar('2023-03-22')).to.deep.equal({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).to.equal('2023-03-22');
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: false })).to.equal('2023-02-20');
  });

  it('refuses a leap month the year does not have', () => {
    expect(() => lunarToSolar({ day: 1, month: 5, year: 2025, leap: true })).to.throw(CalendarInputError, /nhuận/);
  });

  it('round-trips every day from 2024 to 2028', () => {
    for (let day = '2024-01-01'; day <= '2028-12-31'; day = addDays(day, 1)) {
      expect(lunarToSolar(solarToLunar(day)), day).to.equal(day);
    }
  });
});
