import { expect } from 'chai';
import { CalendarInputError } from '../../../src/domain/calendar/calendar-errors.ts';
import { atLocal, endOfLocalDay, localDate, localTime } from '../../../src/domain/calendar/local-time.ts';
import type { WorkingCalendar } from '../../../src/domain/calendar/working-calendar.ts';
import { nextAllowedMoment } from '../../../src/domain/calendar/working-hours.ts';
import { loadWorkingCalendar } from '../../../src/store/holidays-file.ts';

const HOURS = { start: '07:30', end: '17:30' };

describe('local time in Asia/Ho_Chi_Minh', () => {
  it('reads the +07:00 date and time of an instant', () => {
    const instant = new Date('2025-01-28T17:30:00Z');
    expect(localDate(instant)).to.equal('2025-01-29');
    expect(localTime(instant)).to.equal('00:30');
  });

  it('builds the instant of a local wall-clock time', () => {
    expect(atLocal('2025-01-29', '07:30').toISOString()).to.equal('2025-01-29T00:30:00.000Z');
    expect(atLocal('2025-01-01', '00:00').toISOString()).to.equal('2024-12-31T17:00:00.000Z');
  });

  it('gives the last moment of a local day', () => {
    expect(endOfLocalDay('2025-09-03').toISOString()).to.equal('2025-09-03T16:59:59.999Z');
  });

  it('rejects malformed times and dates', () => {
    expect(() => atLocal('2025-01-29', '7:30')).to.throw(CalendarInputError, /HH:mm/);
    expect(() => atLocal('2025-13-01', '07:30')).to.throw(CalendarInputError, /yyyy-mm-dd/);
    expect(() => localDate(new Date('nope'))).to.throw(CalendarInputError, /Invalid Date/);
  });
});

describe('nextAllowedMoment', () => {
  let cal: WorkingCalendar;
  before(async () => {
    cal = await loadWorkingCalendar();
  });

  it('moves Friday 18:00 to Monday 07:30', () => {
    const result = nextAllowedMoment(cal, atLocal('2025-06-13', '18:00'), HOURS);
    expect(result.toISOString()).to.equal(atLocal('2025-06-16', '07:30').toISOString());
  });

  it('keeps an instant inside working hours', () => {
    const instant = atLocal('2025-06-16', '10:15');
    expect(nextAllowedMoment(cal, instant, HOURS).getTime()).to.equal(instant.getTime());
  });

  it('moves an early-morning instant to 07:30 the same day', () => {
    expect(nextAllowedMoment(cal, atLocal('2025-06-16', '06:00'), HOURS).toISOString()).to.equal(
      atLocal('2025-06-16', '07:30').toISOString(),
    );
  });

  it('treats the end of the day as closed', () => {
    expect(nextAllowedMoment(cal, atLocal('2025-06-16', '17:30'), HOURS).toISOString()).to.equal(
      atLocal('2025-06-17', '07:30').toISOString(),
    );
  });

  it('skips a holiday period and allows a làm bù Saturday', () => {
    expect(nextAllowedMoment(cal, atLocal('2025-01-24', '18:00'), HOURS).toISOString()).to.equal(
      atLocal('2025-02-03', '07:30').toISOString(),
    );
    const saturday = atLocal('2025-04-26', '09:00');
    expect(nextAllowedMoment(cal, saturday, HOURS).getTime()).to.equal(saturday.getTime());
  });

  it('uses 07:30–17:30 by default and rejects inverted hours', () => {
    expect(localTime(nextAllowedMoment(cal, atLocal('2025-06-14', '12:00')))).to.equal('07:30');
    expect(() => nextAllowedMoment(cal, new Date(), { start: '17:30', end: '07:30' })).to.throw(CalendarInputError);
  });
});
