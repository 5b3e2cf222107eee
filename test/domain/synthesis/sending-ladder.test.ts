import { expect } from 'chai';
import { atLocal, type WorkingCalendar } from '../../../src/domain/calendar/index.ts';
import type { ReminderSettings } from '../../../src/domain/reminders/index.ts';
import { sendingDue, sendingKey, type SendingSnapshot } from '../../../src/domain/synthesis/sending-ladder.ts';
import { loadWorkingCalendar } from '../../../src/store/holidays-file.ts';

const SETTINGS: ReminderSettings = { daysBefore: [3, 1], atTime: '08:30', maxOverdue: 3, workingHours: { start: '07:30', end: '17:30' }, deadlinePolicy: 'next' };
const COMPILED = atLocal('2026-12-09', '10:00').toISOString();
const snapshot = (overrides: Partial<SendingSnapshot> = {}): SendingSnapshot => ({ compileDeadline: '2026-12-14', compiledAt: COMPILED, recorded: new Set(), ...overrides });
const submitted = (at: string) => ({ state: 'submitted' as const, requests: [{ at: atLocal(at, '09:00').toISOString(), by: 's', version: 2, to: ['c'] }] });

describe('sendingDue (the sending deadline ladder, Điều 9.3)', () => {
  let cal: WorkingCalendar;
  before(async () => {
    cal = await loadWorkingCalendar();
  });

  it('reminds the standing member on the rungs after the compile: before-1, the deadline, then overdue', () => {
    expect(sendingDue(snapshot(), cal, SETTINGS, atLocal('2026-12-10', '08:30'))).to.deep.equal([]);
    const [before1] = sendingDue(snapshot(), cal, SETTINGS, atLocal('2026-12-11', '08:30'));
    expect(before1).to.deep.equal({ audience: 'standing', rung: 'before-1', covers: [sendingKey('standing', 'before-1')], deadline: '2026-12-14', workingDaysLeft: 1 });
    const recorded = new Set([sendingKey('standing', 'before-1')]);
    expect(sendingDue(snapshot({ recorded }), cal, SETTINGS, atLocal('2026-12-11', '15:00'))).to.deep.equal([]);
    expect(sendingDue(snapshot({ recorded }), cal, SETTINGS, atLocal('2026-12-15', '08:30')).map((i) => [i.rung, i.covers.length, i.workingDaysLeft])).to.deep.equal([['overdue-1', 2, -1]]);
  });

  it('adds the approver while the synthesis waits for signature, from the submission on', () => {
    const items = sendingDue(snapshot({ synthesis: submitted('2026-12-14') }), cal, SETTINGS, atLocal('2026-12-15', '08:30'));
    expect(items.map((i) => `${i.audience}:${i.rung}`)).to.deep.equal(['standing:overdue-1', 'approver:overdue-1']);
  });

  it('is silent before the compile, once approved or sent, and outside working hours', () => {
    const late = atLocal('2026-12-15', '08:30');
    expect(sendingDue(snapshot({ compiledAt: undefined }), cal, SETTINGS, late)).to.deep.equal([]);
    expect(sendingDue(snapshot({ synthesis: { state: 'approved', requests: [] } }), cal, SETTINGS, late)).to.deep.equal([]);
    expect(sendingDue(snapshot({ synthesis: { state: 'draft', requests: [], sentAt: late.toISOString() } }), cal, SETTINGS, late)).to.deep.equal([]);
    expect(sendingDue(snapshot(), cal, SETTINGS, atLocal('2026-12-15', '19:00'))).to.deep.equal([]);
  });
});
