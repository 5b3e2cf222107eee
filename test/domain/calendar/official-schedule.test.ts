// Checks the shipped data/holidays.json against the published schedules.
import { expect } from 'chai';
import { computedDaysOff } from '../../../src/domain/calendar/statutory-holidays.ts';
import type { WorkingCalendar } from '../../../src/domain/calendar/working-calendar.ts';
import {
  holidayName,
  isWorkingDay,
  listDaysOff,
  listWorkingWeekendDays,
} from '../../../src/domain/calendar/working-calendar.ts';
import { loadWorkingCalendar } from '../../../src/store/holidays-file.ts';

describe('shipped holiday schedule (data/holidays.json)', () => {
  let cal: WorkingCalendar;
  before(async () => {
    cal = await loadWorkingCalendar();
  });

  it('has the 2025 Tết Ất Tỵ break 25/1–2/2 with no làm bù', () => {
    for (const day of ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']) {
      expect(isWorkingDay(cal, day), day).to.equal(false);
      expect(holidayName(cal, day), day).to.equal('Tết Nguyên đán');
    }
    expect(isWorkingDay(cal, '2025-01-24')).to.equal(true);
    expect(isWorkingDay(cal, '2025-02-03')).to.equal(true);
    expect(isWorkingDay(cal, '2025-02-08')).to.equal(false);
  });

  it('has the 2025 30/4–1/5 swap: 2/5 off, Saturday 26/4 worked', () => {
    expect(isWorkingDay(cal, '2025-05-02')).to.equal(false);
    expect(isWorkingDay(cal, '2025-04-26')).to.equal(true);
    expect(listWorkingWeekendDays(cal, 2025)).to.deep.equal(['2025-04-26']);
    expect(isWorkingDay(cal, '2025-05-05')).to.equal(true);
  });

  it('has Giỗ Tổ 2025 on 7/4 and National Day 2025 on 1–2/9', () => {
    expect(holidayName(cal, '2025-04-07')).to.equal('Giỗ Tổ Hùng Vương');
    expect(isWorkingDay(cal, '2025-09-01')).to.equal(false);
    expect(isWorkingDay(cal, '2025-09-02')).to.equal(false);
    expect(isWorkingDay(cal, '2025-09-03')).to.equal(true);
  });

  it('counts 11 statutory holidays and 12 weekday days off in 2025', () => {
    const off = listDaysOff(cal, 2025);
    expect(off).to.have.length(12);
  });

  it('has the 2026 New Year swap and the 16–20/2 Tết Bính Ngọ days', () => {
    expect(isWorkingDay(cal, '2026-01-02')).to.equal(false);
    expect(isWorkingDay(cal, '2026-01-10')).to.equal(true);
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      expect(isWorkingDay(cal, day), day).to.equal(false);
    }
    expect(isWorkingDay(cal, '2026-02-23')).to.equal(true);
    expect(isWorkingDay(cal, '2026-04-27')).to.equal(false); // nghỉ bù Giỗ Tổ on Sunday 26/4
  });

  it('has the 2026 National Day break 29/8–2/9: Monday 31/8 off, Saturday 22/8 worked (Thông báo 9441/TB-BNV)', () => {
    for (const day of ['2026-08-31', '2026-09-01', '2026-09-02']) expect(isWorkingDay(cal, day), day).to.equal(false);
    expect(isWorkingDay(cal, '2026-08-22')).to.equal(true);
    expect(isWorkingDay(cal, '2026-08-28')).to.equal(true);
    expect(isWorkingDay(cal, '2026-09-03')).to.equal(true);
    expect(listWorkingWeekendDays(cal, 2026)).to.deep.equal(['2026-01-10', '2026-08-22']);
  });

  it('ships 2027 exactly as the rules compute it', () => {
    expect(cal.basisOf(2027)).to.equal('schedule');
    expect(listDaysOff(cal, 2027).map((d) => d.date)).to.deep.equal(computedDaysOff(2027).map((d) => d.date));
  });

  it('falls back to the rules after 2027', () => {
    expect(cal.basisOf(2028)).to.equal('computed');
    expect(holidayName(cal, '2028-01-26')).to.equal('Tết Nguyên đán');
  });
});
