import { expect } from 'chai';
import { atLocal, type WorkingCalendar } from '../../../src/domain/calendar/index.ts';
import { meetingNudgeDue, quarterToOpen, type ReminderSettings } from '../../../src/domain/reminders/index.ts';
import { loadWorkingCalendar } from '../../../src/store/holidays-file.ts';

const SETTINGS: ReminderSettings = { daysBefore: [3, 1], atTime: '08:30', maxOverdue: 3, workingHours: { start: '07:30', end: '17:30' }, deadlinePolicy: 'next' };
const QUARTERLY = { unitDeadlineDay: 10, compileDeadlineDay: 14, deadlinePolicy: 'next' as const };
const none = new Set<string>();

describe('automatic openings and meeting nudges (pure)', () => {
  let cal: WorkingCalendar;
  before(async () => {
    cal = await loadWorkingCalendar();
  });

  it('opens a quarter from the first working day of its last month until the unit deadline, once', () => {
    expect(quarterToOpen(cal, SETTINGS, QUARTERLY, atLocal('2026-11-30', '09:00'), none, none)).to.equal(undefined);
    expect(quarterToOpen(cal, SETTINGS, QUARTERLY, atLocal('2026-12-01', '08:00'), none, none)).to.equal(undefined);
    expect(quarterToOpen(cal, SETTINGS, QUARTERLY, atLocal('2026-12-01', '08:30'), none, none)).to.deep.equal({ year: 2026, quarter: 4 });
    expect(quarterToOpen(cal, SETTINGS, QUARTERLY, atLocal('2026-12-03', '10:00'), new Set(['2026-q4']), none)).to.equal(undefined);
    expect(quarterToOpen(cal, SETTINGS, QUARTERLY, atLocal('2026-12-03', '10:00'), none, new Set(['open-2026-q4']))).to.equal(undefined);
    expect(quarterToOpen(cal, SETTINGS, QUARTERLY, atLocal('2026-12-11', '10:00'), none, none), 'past the unit deadline').to.equal(undefined);
    // September 2026: 1–2/9 are the National Day holiday, so Q3 opens on Thursday 3/9.
    expect(quarterToOpen(cal, SETTINGS, QUARTERLY, atLocal('2026-09-01', '09:00'), none, none)).to.equal(undefined);
    expect(quarterToOpen(cal, SETTINGS, QUARTERLY, atLocal('2026-09-03', '08:30'), none, none)).to.deep.equal({ year: 2026, quarter: 3 });
  });

  it('nudges the secretary from the 25th (next working moment when it is a day off) unless a meeting is scheduled', () => {
    // 25/10/2026 is a Sunday: the nudge waits for Monday 26/10 at the start of working hours.
    expect(meetingNudgeDue(cal, SETTINGS, atLocal('2026-10-23', '09:00'), 0, none)).to.equal(undefined);
    expect(meetingNudgeDue(cal, SETTINGS, atLocal('2026-10-26', '07:30'), 0, none)).to.equal('2026-10');
    expect(meetingNudgeDue(cal, SETTINGS, atLocal('2026-11-25', '08:30'), 1, none)).to.equal(undefined);
    expect(meetingNudgeDue(cal, SETTINGS, atLocal('2026-11-25', '08:30'), 0, new Set(['nudge-2026-11']))).to.equal(undefined);
    expect(meetingNudgeDue(cal, SETTINGS, atLocal('2026-11-25', '20:00'), 0, none), 'quiet hours').to.equal(undefined);
  });
});
