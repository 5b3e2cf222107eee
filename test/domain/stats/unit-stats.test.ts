import { expect } from 'chai';
import { createWorkingCalendar, type WorkingCalendar } from '../../../src/domain/calendar/index.ts';
import { computeUnitStats, statsTotals, unitOutcome, type CycleFacts } from '../../../src/domain/stats/unit-stats.ts';
import { createHolidayData } from '../calendar/holiday-data-factory.ts';

function createCycleFacts(overrides: Partial<CycleFacts> = {}): CycleFacts {
  return { cycleId: '2026-q4', unitDeadline: '2026-12-10', deadlinePassed: true, targetUnits: ['a', 'b', 'c'], firstSubmissions: new Map(), ...overrides };
}

describe('unit statistics (pure)', () => {
  let cal: WorkingCalendar;
  before(() => {
    cal = createWorkingCalendar(createHolidayData());
  });

  it('classifies on time, late with its working-day delay, missing, pending and not targeted', () => {
    const cycle = createCycleFacts({
      targetUnits: ['a', 'b', 'c'],
      firstSubmissions: new Map([
        ['a', { on: '2026-12-09', late: false }],
        ['b', { on: '2026-12-14', late: true }], // Thu 10 -> Mon 14: Fri 11 and Mon 14
      ]),
    });
    expect(unitOutcome(cycle, 'a', cal)).to.deep.equal({ kind: 'on-time', submittedOn: '2026-12-09' });
    expect(unitOutcome(cycle, 'b', cal)).to.deep.equal({ kind: 'late', submittedOn: '2026-12-14', delayDays: 2 });
    expect(unitOutcome(cycle, 'c', cal)).to.deep.equal({ kind: 'missing' });
    expect(unitOutcome({ ...cycle, deadlinePassed: false }, 'c', cal)).to.deep.equal({ kind: 'pending' });
    expect(unitOutcome(cycle, 'z', cal)).to.deep.equal({ kind: 'not-targeted' });
  });

  it('counts a report sent on the weekend after a Friday deadline as late by 0 working days', () => {
    const cycle = createCycleFacts({ unitDeadline: '2026-12-11', firstSubmissions: new Map([['a', { on: '2026-12-12', late: true }]]) });
    expect(unitOutcome(cycle, 'a', cal)).to.deep.equal({ kind: 'late', submittedOn: '2026-12-12', delayDays: 0 });
  });

  it('sums two quarters per unit with the mean delay over late reports only', () => {
    const q3 = createCycleFacts({
      cycleId: '2026-q3',
      unitDeadline: '2026-09-10',
      firstSubmissions: new Map([
        ['a', { on: '2026-09-11', late: true }], // 1 working day
        ['b', { on: '2026-09-08', late: false }],
      ]),
    });
    const q4 = createCycleFacts({
      firstSubmissions: new Map([
        ['a', { on: '2026-12-14', late: true }], // 2 working days
        ['c', { on: '2026-12-01', late: false }],
      ]),
    });
    const rows = computeUnitStats([q3, q4], ['a', 'b', 'c'], cal);
    expect(rows.map(({ unitId, onTime, late, missing, pending, meanDelayDays }) => ({ unitId, onTime, late, missing, pending, meanDelayDays }))).to.deep.equal([
      { unitId: 'a', onTime: 0, late: 2, missing: 0, pending: 0, meanDelayDays: 1.5 },
      { unitId: 'b', onTime: 1, late: 0, missing: 1, pending: 0, meanDelayDays: undefined },
      { unitId: 'c', onTime: 1, late: 0, missing: 1, pending: 0, meanDelayDays: undefined },
    ]);
    expect(rows[0]!.outcomes.map((o) => o.kind)).to.deep.equal(['late', 'late']);
    expect(statsTotals(rows)).to.deep.equal({ onTime: 2, late: 2, missing: 2, pending: 0, meanDelayDays: 1.5 });
  });

  it('has no mean delay when nobody was late, and counts nothing for cycles a unit was not asked in', () => {
    const rows = computeUnitStats([createCycleFacts({ targetUnits: ['a'], firstSubmissions: new Map([['a', { on: '2026-12-01', late: false }]]) })], ['a', 'b'], cal);
    expect(rows[1]).to.deep.include({ onTime: 0, late: 0, missing: 0, pending: 0 });
    expect(rows[1]!.outcomes).to.deep.equal([{ kind: 'not-targeted' }]);
    expect(statsTotals(rows)).to.deep.equal({ onTime: 1, late: 0, missing: 0, pending: 0 });
  });
});
