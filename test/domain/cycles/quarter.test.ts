import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createWorkingCalendar, formatDate, validateHolidayData } from '../../../src/domain/calendar/index.ts';
import { dataWindow, parseDate, parseQuarter, quarterDeadlines, quarterId, quarterLabel, quarterOf, quarterSubject } from '../../../src/domain/cycles/quarter.ts';

const calendar = createWorkingCalendar(validateHolidayData(JSON.parse(readFileSync('data/holidays.json', 'utf8'))));
const settings = { unitDeadlineDay: 10, compileDeadlineDay: 14, deadlinePolicy: 'next' as const };

describe('quarter arithmetic', () => {
  it('parses the ways people write a quarter', () => {
    expect(parseQuarter('IV/2026')).to.deep.equal({ year: 2026, quarter: 4 });
    expect(parseQuarter('quý III năm 2026')).to.deep.equal({ year: 2026, quarter: 3 });
    expect(parseQuarter('q1/2027')).to.deep.equal({ year: 2027, quarter: 1 });
    expect(parseQuarter('2/2026')).to.deep.equal({ year: 2026, quarter: 2 });
    expect(parseQuarter('V/2026')).to.equal(undefined);
    expect(parseQuarter('IV')).to.equal(undefined);
    expect(parseQuarter('hello')).to.equal(undefined);
  });

  it('finds the quarter of an instant in Vietnam time, not UTC', () => {
    expect(quarterOf(new Date('2026-09-30T18:00:00Z'))).to.deep.equal({ year: 2026, quarter: 4 }); // 01:00 on 1 Oct in Hà Nội
    expect(quarterOf(new Date('2026-12-01T02:00:00Z'))).to.deep.equal({ year: 2026, quarter: 4 });
  });

  it('labels, ids and the trích yếu', () => {
    expect(quarterId({ year: 2026, quarter: 4 })).to.equal('2026-q4');
    expect(quarterLabel({ year: 2026, quarter: 4 })).to.equal('Quý IV/2026');
    expect(quarterLabel({ year: 2026, quarter: 4 }, 'en')).to.equal('Q4 2026');
    expect(quarterSubject({ year: 2026, quarter: 4 })).to.equal('Kết quả thực hiện công tác cải cách hành chính Quý IV năm 2026');
  });

  it('uses the Decree 09 data window: 15th of the month before the quarter to the 14th of its last month', () => {
    expect(dataWindow({ year: 2026, quarter: 4 })).to.deep.equal({ from: '2026-09-15', to: '2026-12-14' });
    expect(dataWindow({ year: 2027, quarter: 1 })).to.deep.equal({ from: '2026-12-15', to: '2027-03-14' });
  });

  it('keeps deadlines on working days and moves weekend deadlines to the next working day', () => {
    expect(quarterDeadlines({ year: 2026, quarter: 4 }, calendar, settings)).to.deep.equal({ unitDeadline: '2026-12-10', compileDeadline: '2026-12-14' });
    expect(quarterDeadlines({ year: 2026, quarter: 3 }, calendar, settings)).to.deep.equal({ unitDeadline: '2026-09-10', compileDeadline: '2026-09-14' });
    expect(quarterDeadlines({ year: 2026, quarter: 1 }, calendar, settings).unitDeadline).to.equal('2026-03-10');
    // 12/6/2027 is a Saturday: the next working day is Monday 14/6, the previous Friday 11/6.
    expect(quarterDeadlines({ year: 2027, quarter: 2 }, calendar, { ...settings, unitDeadlineDay: 12 }).unitDeadline).to.equal('2027-06-14');
    expect(quarterDeadlines({ year: 2027, quarter: 2 }, calendar, { ...settings, unitDeadlineDay: 12, deadlinePolicy: 'previous' }).unitDeadline).to.equal('2027-06-11');
  });

  it('parses and formats Vietnamese dates, rejecting impossible ones', () => {
    expect(parseDate('10/12/2026')).to.equal('2026-12-10');
    expect(parseDate('1/2/2027')).to.equal('2027-02-01');
    expect(parseDate('2026-12-10')).to.equal('2026-12-10');
    expect(parseDate('31/02/2026')).to.equal(undefined);
    expect(parseDate('10-12-2026')).to.equal(undefined);
    expect(formatDate('2026-12-10')).to.equal('10/12/2026');
  });
});
