import { expect } from 'chai';
import { computedDaysOff, statutoryHolidays } from '../../../src/domain/calendar/statutory-holidays.ts';

const dates = (year: number) => computedDaysOff(year).map((d) => d.date);

describe('statutory holidays computed by rule', () => {
  it('has the 11 days of Labour Code 2019 art. 112 every year', () => {
    for (const year of [2024, 2027, 2030, 2035]) expect(statutoryHolidays(year), String(year)).to.have.length(11);
  });

  it('takes the last day of the lunar year plus mùng 1–4 as the five Tết days', () => {
    const tet = statutoryHolidays(2026).filter((d) => d.name === 'Tết Nguyên đán').map((d) => d.date);
    expect(tet).to.deep.equal(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
  });

  it('gives compensatory days after holidays on a weekend (2027: Tết on Saturday, 1/5 on Saturday)', () => {
    expect(dates(2027)).to.include.members(['2027-02-10', '2027-02-11', '2027-05-03']);
    const bu = computedDaysOff(2027).find((d) => d.date === '2027-05-03');
    expect(bu?.name).to.equal('Nghỉ bù Ngày Quốc tế Lao động (01/05)');
  });

  it('pairs 2/9 with the adjacent day that joins a weekend', () => {
    expect(dates(2025)).to.include('2025-09-01'); // Tuesday 2/9 → Monday 1/9
    expect(dates(2027)).to.include('2027-09-03'); // Thursday 2/9 → Friday 3/9
    expect(dates(2024)).to.include('2024-09-03'); // Monday 2/9 → Tuesday 3/9
  });

  it('does not double-book a compensatory day on another holiday', () => {
    const list = dates(2028);
    expect(new Set(list).size).to.equal(list.length);
  });
});
