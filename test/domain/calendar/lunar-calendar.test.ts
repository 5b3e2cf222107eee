import { expect } from 'chai';
import { CalendarInputError } from '../../../src/domain/calendar/calendar-errors.ts';
import { addDays } from '../../../src/domain/calendar/iso-date.ts';
import { lunarToSolar, solarToLunar, tetDate } from '../../../src/domain/calendar/lunar-calendar.ts';
import { computedDaysOff } from '../../../src/domain/calendar/statutory-holidays.ts';

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

  // Years where UTC+7 and the Chinese UTC+8 calendar part. Checked against astronomy-engine 2.1.19 (new moons
  // 1985-01-21 02:29, 2007-02-17 16:15 and 2030-02-02 16:08 UTC) and lunar-javascript 1.7.7 for the Chinese dates.
  describe('years where the Vietnamese and Chinese calendars differ', () => {
    it('1985: Tết on 21/1/1985 (Chinese New Year 20/2/1985 is the Vietnamese 1st of month 2)', () => {
      expect(tetDate(1985)).to.equal('1985-01-21');
      expect(solarToLunar('1985-01-21')).to.deep.equal({ day: 1, month: 1, year: 1985, leap: false });
      expect(solarToLunar('1985-02-20')).to.deep.equal({ day: 1, month: 2, year: 1985, leap: false });
      expect(solarToLunar('1985-01-20')).to.deep.equal({ day: 30, month: 12, year: 1984, leap: false });
    });

    it('2007: Tết on 17/2/2007, a day before the Chinese 18/2 (new moon at 23:15 in Hà Nội, 00:15 in Beijing)', () => {
      expect(tetDate(2007)).to.equal('2007-02-17');
      expect(solarToLunar('2007-02-16')).to.deep.equal({ day: 29, month: 12, year: 2006, leap: false });
      expect(solarToLunar('2007-02-18')).to.deep.equal({ day: 2, month: 1, year: 2007, leap: false });
    });

    it('2030: Tết on 2/2/2030, a day before the Chinese 3/2 (new moon at 23:08 in Hà Nội, 00:08 in Beijing)', () => {
      expect(tetDate(2030)).to.equal('2030-02-02');
      expect(solarToLunar('2030-02-01')).to.deep.equal({ day: 29, month: 12, year: 2029, leap: false });
      expect(solarToLunar('2030-02-03')).to.deep.equal({ day: 2, month: 1, year: 2030, leap: false });
      // So the computed Tết break is 29 tháng Chạp (1/2) to mùng 4 (5/2/2030), not one day later as a UTC+8 table gives.
      const tet = computedDaysOff(2030).filter((d) => d.name === 'Tết Nguyên đán').map((d) => d.date);
      expect(tet).to.deep.equal(['2030-02-01', '2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05']);
    });
  });

  it('round-trips every day from 2024 to 2028', () => {
    for (let day = '2024-01-01'; day <= '2028-12-31'; day = addDays(day, 1)) {
      expect(lunarToSolar(solarToLunar(day)), day).to.equal(day);
    }
  });
});
