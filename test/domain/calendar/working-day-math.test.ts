import { expect } from 'chai';
import { CalendarInputError } from '../../../src/domain/calendar/calendar-errors.ts';
import type { WorkingCalendar } from '../../../src/domain/calendar/working-calendar.ts';
import { createWorkingCalendar } from '../../../src/domain/calendar/working-calendar.ts';
import {
  addWorkingDays,
  adjustDeadline,
  firstWorkingDayOfMonth,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from '../../../src/domain/calendar/working-day-math.ts';
import { loadWorkingCalendar } from '../../../src/store/holidays-file.ts';
import { createHolidayData } from './holiday-data-factory.ts';

describe('working-day arithmetic', () => {
  let cal: WorkingCalendar;
  before(async () => {
    cal = await loadWorkingCalendar();
  });

  describe('adjustDeadline', () => {
    it('keeps a deadline that falls on a working day', () => {
      expect(adjustDeadline(cal, '2025-03-14', 'next')).to.equal('2025-03-14');
    });

    it('moves a deadline inside Tết 2025 to the next working day (Civil Code art. 148(5))', () => {
      expect(adjustDeadline(cal, '2025-01-30', 'next')).to.equal('2025-02-03');
      expect(adjustDeadline(cal, '2025-01-25', 'next')).to.equal('2025-02-03');
    });

    it('moves a deadline on 2/9 to the next working day', () => {
      expect(adjustDeadline(cal, '2025-09-02', 'next')).to.equal('2025-09-03');
      expect(adjustDeadline(cal, '2025-08-30', 'next')).to.equal('2025-09-03');
    });

    it('defaults to the next-working-day policy', () => {
      expect(adjustDeadline(cal, '2026-02-18')).to.equal('2026-02-23');
    });

    it('can move to the previous working day instead', () => {
      expect(adjustDeadline(cal, '2025-01-30', 'previous')).to.equal('2025-01-24');
      expect(adjustDeadline(cal, '2025-05-03', 'previous')).to.equal('2025-04-29');
    });

    it('treats a làm bù Saturday as a working day', () => {
      expect(adjustDeadline(cal, '2025-04-26', 'next')).to.equal('2025-04-26');
    });

    it('rejects an unknown policy', () => {
      expect(() => adjustDeadline(cal, '2025-01-30', 'later' as 'next')).to.throw(CalendarInputError, /'next' or 'previous'/);
    });
  });

  describe('addWorkingDays', () => {
    it('skips the 30/4–4/5/2025 holiday', () => {
      expect(addWorkingDays(cal, '2025-04-29', 1)).to.equal('2025-05-05');
      expect(addWorkingDays(cal, '2025-04-28', 3)).to.equal('2025-05-06');
    });

    it('counts the làm bù Saturday 26/4/2025', () => {
      expect(addWorkingDays(cal, '2025-04-25', 1)).to.equal('2025-04-26');
    });

    it('goes backwards for negative n', () => {
      expect(addWorkingDays(cal, '2025-05-05', -1)).to.equal('2025-04-29');
      expect(addWorkingDays(cal, '2025-02-03', -2)).to.equal('2025-01-23');
    });

    it('returns the date itself for n = 0', () => {
      expect(addWorkingDays(cal, '2025-01-30', 0)).to.equal('2025-01-30');
    });

    it('rejects a fractional count', () => {
      expect(() => addWorkingDays(cal, '2025-01-30', 1.5)).to.throw(CalendarInputError);
    });
  });

  describe('workingDaysBetween', () => {
    it('counts working days after the start up to the end, across holidays', () => {
      // 26/4 (làm bù), 28/4, 29/4, 5/5
      expect(workingDaysBetween(cal, '2025-04-25', '2025-05-05')).to.equal(4);
      expect(workingDaysBetween(cal, '2025-05-05', '2025-04-25')).to.equal(-4);
      expect(workingDaysBetween(cal, '2025-04-25', '2025-04-25')).to.equal(0);
    });

    it('agrees with addWorkingDays', () => {
      const end = addWorkingDays(cal, '2025-12-15', 40);
      expect(workingDaysBetween(cal, '2025-12-15', end)).to.equal(40);
    });
  });

  describe('next / previous / first working day', () => {
    it('finds the next and previous working days strictly around a date', () => {
      expect(nextWorkingDay(cal, '2025-01-24')).to.equal('2025-02-03');
      expect(nextWorkingDay(cal, '2025-03-13')).to.equal('2025-03-14');
      expect(previousWorkingDay(cal, '2025-02-03')).to.equal('2025-01-24');
    });

    it('finds the first working day of a month', () => {
      expect(firstWorkingDayOfMonth(cal, 2025, 1)).to.equal('2025-01-02');
      expect(firstWorkingDayOfMonth(cal, 2025, 2)).to.equal('2025-02-03');
      expect(firstWorkingDayOfMonth(cal, 2026, 1)).to.equal('2026-01-05');
      expect(firstWorkingDayOfMonth(cal, 2025, 9)).to.equal('2025-09-03');
      expect(firstWorkingDayOfMonth(cal, 2025, 12)).to.equal('2025-12-01');
    });

    it('rejects a month outside 1–12', () => {
      expect(() => firstWorkingDayOfMonth(cal, 2025, 13)).to.throw(CalendarInputError, /1–12/);
    });

    it('stops with a clear error when the data leaves no working day', () => {
      const year = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2040, 0, 1 + i)).toISOString().slice(0, 10));
      const allOff = createWorkingCalendar(createHolidayData({ added: year.map((date) => ({ date, name: 'Nghỉ' })) }));
      expect(() => nextWorkingDay(allOff, '2039-12-31')).to.throw(CalendarInputError, /no working day within 366 days/);
    });
  });

  it('rejects malformed dates', () => {
    expect(() => nextWorkingDay(cal, '2025-1-5')).to.throw(CalendarInputError, /yyyy-mm-dd/);
    expect(() => workingDaysBetween(cal, '2025-01-01', '2025-02-29')).to.throw(CalendarInputError, /toIso/);
  });
});
