import { expect } from 'chai';
import { HolidayDataError } from '../../../src/domain/calendar/calendar-errors.ts';
import type { HolidayData } from '../../../src/domain/calendar/holiday-data.ts';
import {
  createWorkingCalendar,
  holidayName,
  isWorkingDay,
  listDaysOff,
} from '../../../src/domain/calendar/working-calendar.ts';
import { createHolidayData } from './holiday-data-factory.ts';

describe('WorkingCalendar', () => {
  it('computes years that have no official schedule', () => {
    const cal = createWorkingCalendar(createHolidayData());
    expect(cal.basisOf(2030)).to.equal('computed');
    expect(isWorkingDay(cal, '2030-01-01')).to.equal(false);
    expect(holidayName(cal, '2030-01-01')).to.equal('Tết Dương lịch');
    expect(isWorkingDay(cal, '2030-01-02')).to.equal(true);
    expect(isWorkingDay(cal, '2030-01-05')).to.equal(false); // Saturday
    expect(holidayName(cal, '2030-01-05')).to.equal(undefined);
  });

  it('uses a year schedule instead of the rules, with its swapped days and làm bù Saturdays', () => {
    const cal = createWorkingCalendar(
      createHolidayData({
        years: {
          '2031': {
            holidays: [{ date: '2031-01-01', name: 'Tết Dương lịch' }],
            extraDaysOff: [{ date: '2031-01-02', name: 'Nghỉ hoán đổi' }],
            workingSaturdays: [{ date: '2031-01-11' }],
          },
        },
      }),
    );
    expect(cal.basisOf(2031)).to.equal('schedule');
    expect(isWorkingDay(cal, '2031-01-02')).to.equal(false);
    expect(isWorkingDay(cal, '2031-01-11')).to.equal(true);
    // The schedule is authoritative: a rule-based date it leaves out is a working day.
    expect(isWorkingDay(cal, '2031-04-30')).to.equal(true);
    expect(listDaysOff(cal, 2031).map((d) => d.date)).to.deep.equal(['2031-01-01', '2031-01-02']);
  });

  it('lets an administrator add and remove days off without code changes', () => {
    const cal = createWorkingCalendar(
      createHolidayData({
        added: [{ date: '2030-11-25', name: 'Ngày Văn hóa Việt Nam (nghỉ bù)' }],
        removed: [{ date: '2030-09-03', note: 'Giữ 2/9 và 1/9' }],
        addedWorkingDays: [{ date: '2030-09-07' }],
      }),
    );
    expect(isWorkingDay(cal, '2030-11-25')).to.equal(false);
    expect(holidayName(cal, '2030-11-25')).to.equal('Ngày Văn hóa Việt Nam (nghỉ bù)');
    expect(isWorkingDay(cal, '2030-09-03')).to.equal(true);
    expect(holidayName(cal, '2030-09-03')).to.equal(undefined);
    expect(isWorkingDay(cal, '2030-09-07')).to.equal(true);
  });

  it('applies overrides on top of an official schedule too', () => {
    const cal = createWorkingCalendar(
      createHolidayData({
        years: { '2031': { holidays: [{ date: '2031-04-30', name: 'Ngày Chiến thắng' }] } },
        removed: [{ date: '2031-04-30' }],
      }),
    );
    expect(isWorkingDay(cal, '2031-04-30')).to.equal(true);
  });

  describe('validation', () => {
    const build = (raw: unknown) => () => createWorkingCalendar(raw as HolidayData);

    it('names the entry with an invalid date', () => {
      const bad = { years: { '2025': { holidays: [{ date: '2025-01-01', name: 'A' }, { date: '2025-02-30', name: 'B' }] } } };
      expect(build(bad)).to.throw(HolidayDataError, 'years.2025.holidays[1].date');
    });

    it('rejects a date filed under the wrong year', () => {
      const bad = { years: { '2025': { holidays: [{ date: '2026-01-01', name: 'Tết Dương lịch' }] } } };
      expect(build(bad)).to.throw(HolidayDataError, /not in year 2025/);
    });

    it('rejects a làm bù day that is not a weekend day', () => {
      const bad = { years: { '2025': { holidays: [], workingSaturdays: [{ date: '2025-04-25' }] } } };
      expect(build(bad)).to.throw(HolidayDataError, 'years.2025.workingSaturdays[0].date');
    });

    it('rejects the same date as both added and removed', () => {
      const bad = { years: {}, added: [{ date: '2030-06-02', name: 'X' }], removed: [{ date: '2030-06-02' }] };
      expect(build(bad)).to.throw(HolidayDataError, /removed\[0\].*already appears at added\[0\]/);
    });

    it('rejects unknown keys so typos do not pass silently', () => {
      expect(build({ years: {}, remove: [] })).to.throw(HolidayDataError, /unknown key "remove"/);
    });

    it('requires a name for each day off', () => {
      expect(build({ years: {}, added: [{ date: '2030-06-03' }] })).to.throw(HolidayDataError, 'added[0].name');
    });
  });
});
