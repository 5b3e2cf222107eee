import { expect } from 'chai';
import { loadWorkingCalendar } from '../../../src/store/holidays-file.ts';
import type { WorkingCalendar } from '../../../src/domain/calendar/index.ts';
import { atLocal } from '../../../src/domain/calendar/index.ts';
import type { Cycle } from '../../../src/domain/cycles/cycle.ts';
import { dueForCycle, effectiveDeadline, ladderRungs, type CycleDueItem, type ReminderSettings } from '../../../src/domain/reminders/index.ts';

const SETTINGS: ReminderSettings = { daysBefore: [3, 1], atTime: '08:30', maxOverdue: 3, workingHours: { start: '07:30', end: '17:30' }, deadlinePolicy: 'next' };
const UNITS = ['a', 'b', 'c'];

function cycle(overrides: Partial<Cycle> = {}): Cycle {
  return {
    id: '2026-q4',
    kind: 'quarterly',
    label: 'Quý IV/2026',
    subject: 's',
    dataFrom: '2026-09-15',
    dataTo: '2026-12-14',
    unitDeadline: '2026-12-10',
    compileDeadline: '2026-12-14',
    targetUnits: UNITS,
    state: 'open',
    openedBy: 'thuong-truc',
    openedAt: atLocal('2026-12-01', '08:30').toISOString(),
    ...overrides,
  };
}

const at = (date: string, time: string) => atLocal(date, time);
const summary = (items: CycleDueItem[]) =>
  items.map((i) => (i.kind === 'reminder' ? `${i.unitId}:${i.rung}:${i.covers.length}:${i.workingDaysLeft}` : i.kind === 'escalation' ? `escalation:${i.lateUnits.join(',')}` : i.kind === 'chief-summary' ? `chief:${i.missingUnits.join(',')}` : i.kind));

describe('reminder ladder (pure)', () => {
  let cal: WorkingCalendar;
  before(async () => {
    cal = await loadWorkingCalendar();
  });

  const rungDates = (deadline: string, settings = SETTINGS) => ladderRungs(cal, deadline, settings).map((r) => `${r.id}@${r.date}`);

  it('places rungs on working days: 3 and 1 before, the day, then 3 overdue days (Q4/2026)', () => {
    expect(rungDates('2026-12-10')).to.deep.equal(['before-3@2026-12-07', 'before-1@2026-12-09', 'due@2026-12-10', 'overdue-1@2026-12-11', 'overdue-2@2026-12-14', 'overdue-3@2026-12-15']);
    expect(ladderRungs(cal, '2026-12-10', SETTINGS)[0]!.at.toISOString()).to.equal('2026-12-07T01:30:00.000Z');
  });

  it('moves a deadline in Tết 2027 to the next working day and skips the whole holiday', () => {
    const deadline = effectiveDeadline(cal, '2027-02-08', SETTINGS);
    expect(deadline).to.equal('2027-02-12');
    expect(rungDates(deadline)).to.deep.equal(['before-3@2027-02-02', 'before-1@2027-02-04', 'due@2027-02-12', 'overdue-1@2027-02-15', 'overdue-2@2027-02-16', 'overdue-3@2027-02-17']);
    expect(effectiveDeadline(cal, '2027-02-08', { deadlinePolicy: 'previous' })).to.equal('2027-02-04');
  });

  it('moves a deadline on 2/9 past the National Day break (31/8 swapped off, 1–2/9/2026)', () => {
    const deadline = effectiveDeadline(cal, '2026-09-02', SETTINGS);
    expect(deadline).to.equal('2026-09-03');
    expect(rungDates(deadline)).to.deep.equal(['before-3@2026-08-26', 'before-1@2026-08-28', 'due@2026-09-03', 'overdue-1@2026-09-04', 'overdue-2@2026-09-07', 'overdue-3@2026-09-08']);
  });

  it('moves a reminder time outside working hours to the next working moment', () => {
    const late = ladderRungs(cal, '2026-12-10', { ...SETTINGS, atTime: '18:00' });
    expect(late[0]!.at.toISOString()).to.equal(at('2026-12-08', '07:30').toISOString());
  });

  it('is silent outside working hours and on days off, even when a rung is overdue', () => {
    const snapshot = { cycle: cycle(), submittedUnits: new Set<string>(), recorded: new Set<string>() };
    expect(dueForCycle(snapshot, cal, SETTINGS, at('2026-12-07', '07:00'))).to.deep.equal([]);
    expect(dueForCycle(snapshot, cal, SETTINGS, at('2026-12-07', '17:30'))).to.deep.equal([]);
    expect(dueForCycle(snapshot, cal, SETTINGS, at('2026-12-12', '10:00'))).to.deep.equal([]);
    expect(summary(dueForCycle(snapshot, cal, SETTINGS, at('2026-12-07', '08:29')))).to.deep.equal([]);
    expect(summary(dueForCycle(snapshot, cal, SETTINGS, at('2026-12-07', '08:30')))).to.deep.equal(['a:before-3:1:3', 'b:before-3:1:3', 'c:before-3:1:3']);
  });

  it('reminds only units that have not submitted and never repeats a recorded rung', () => {
    const snapshot = { cycle: cycle(), submittedUnits: new Set(['b']), recorded: new Set(['a.before-3']) };
    expect(summary(dueForCycle(snapshot, cal, SETTINGS, at('2026-12-07', '09:00')))).to.deep.equal(['c:before-3:1:3']);
  });

  it('collapses missed rungs of one unit into one item after an outage', () => {
    const snapshot = { cycle: cycle(), submittedUnits: new Set(['a', 'b']), recorded: new Set<string>() };
    const items = dueForCycle(snapshot, cal, SETTINGS, at('2026-12-10', '10:00'));
    expect(summary(items)).to.deep.equal(['c:due:3:0']);
    expect(items[0]!.covers).to.deep.equal(['c.before-3', 'c.before-1', 'c.due']);
  });

  it('ignores rungs that fell before the cycle was opened', () => {
    const snapshot = { cycle: cycle({ openedAt: at('2026-12-08', '10:00').toISOString() }), submittedUnits: new Set<string>(), recorded: new Set<string>() };
    const items = dueForCycle(snapshot, cal, SETTINGS, at('2026-12-09', '08:30'));
    expect(summary(items)).to.deep.equal(['a:before-1:1:1', 'b:before-1:1:1', 'c:before-1:1:1']);
  });

  it('escalates once on the first working day after the deadline, listing late units', () => {
    const snapshot = { cycle: cycle(), submittedUnits: new Set(['a']), recorded: new Set(['b.before-3', 'b.before-1', 'b.due', 'c.before-3', 'c.before-1', 'c.due']) };
    expect(summary(dueForCycle(snapshot, cal, SETTINGS, at('2026-12-11', '08:30')))).to.deep.equal(['b:overdue-1:1:-1', 'c:overdue-1:1:-1', 'escalation:b,c']);
    const all = { ...snapshot, submittedUnits: new Set(UNITS) };
    expect(dueForCycle(all, cal, SETTINGS, at('2026-12-11', '08:30'))).to.deep.equal([]);
  });

  it('compiles at the compile deadline, then stops reminding; the chief hears about missing units the next working day', () => {
    const recorded = new Set(['b.before-3', 'b.before-1', 'b.due', 'b.overdue-1', '_all.escalation']);
    const snapshot = { cycle: cycle(), submittedUnits: new Set(['a', 'c']), recorded };
    expect(summary(dueForCycle(snapshot, cal, SETTINGS, at('2026-12-14', '08:30')))).to.deep.equal(['compile']);
    const compiled = { ...snapshot, cycle: cycle({ state: 'compiled' }), recorded: new Set([...recorded, '_all.compile']) };
    expect(dueForCycle(compiled, cal, SETTINGS, at('2026-12-14', '16:00'))).to.deep.equal([]);
    expect(summary(dueForCycle(compiled, cal, SETTINGS, at('2026-12-15', '08:30')))).to.deep.equal(['chief:b']);
    expect(dueForCycle(compiled, cal, SETTINGS, at('2027-01-15', '08:30')), 'a summary months late is stale').to.deep.equal([]);
  });

  it('leaves units the whole deadline day when the compile deadline is that same day (ad-hoc requests)', () => {
    const adhoc = cycle({ id: 'adhoc-1', kind: 'ad-hoc', unitDeadline: '2026-12-10', compileDeadline: '2026-12-10', openedAt: at('2026-12-10', '09:00').toISOString() });
    const snapshot = { cycle: adhoc, submittedUnits: new Set(['a']), recorded: new Set<string>() };
    // Opened on its deadline day: no compile that day (it would close submissions hours before the deadline ends).
    expect(summary(dueForCycle(snapshot, cal, SETTINGS, at('2026-12-10', '09:01')))).to.deep.equal([]);
    expect(summary(dueForCycle(snapshot, cal, SETTINGS, at('2026-12-10', '16:00')))).to.deep.equal([]);
    // The next working day: the escalation first, then the compile, in the same tick; the chief hears the day after.
    expect(summary(dueForCycle(snapshot, cal, SETTINGS, at('2026-12-11', '08:30')))).to.deep.equal(['escalation:b,c', 'compile']);
    const compiled = { ...snapshot, cycle: { ...adhoc, state: 'compiled' as const }, recorded: new Set(['_all.escalation', '_all.compile']) };
    expect(summary(dueForCycle(compiled, cal, SETTINGS, at('2026-12-14', '08:30')))).to.deep.equal(['chief:b,c']);
    // Opened earlier: the due-day reminder goes out on the deadline day instead of a compile.
    const early = { ...snapshot, cycle: { ...adhoc, openedAt: at('2026-12-01', '09:00').toISOString() }, recorded: new Set(['b.before-3', 'b.before-1', 'c.before-3', 'c.before-1']) };
    expect(summary(dueForCycle(early, cal, SETTINGS, at('2026-12-10', '08:30')))).to.deep.equal(['b:due:1:0', 'c:due:1:0']);
  });
});
