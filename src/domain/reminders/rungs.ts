import { addWorkingDays, adjustDeadline, atLocal, nextAllowedMoment, type WorkingCalendar } from '../calendar/index.ts';
import type { ReminderSettings } from './reminder-settings.ts';

/** One step of a unit's reminder ladder: 'before-3', 'before-1', 'due', 'overdue-1'… */
export interface Rung {
  id: string;
  /** Local date the rung belongs to (a working day). */
  date: string;
  /** When it may go out: the configured time on that date, moved into working hours if needed. */
  at: Date;
}

/** The unit deadline as it really ends: a deadline on a day off moves per the policy (art. 148(5)). */
export function effectiveDeadline(cal: WorkingCalendar, unitDeadline: string, settings: Pick<ReminderSettings, 'deadlinePolicy'>): string {
  return adjustDeadline(cal, unitDeadline, settings.deadlinePolicy);
}

/** The instant something scheduled on `date` at the configured time may be sent (never outside working hours). */
export function sendMoment(cal: WorkingCalendar, date: string, settings: Pick<ReminderSettings, 'atTime' | 'workingHours'>): Date {
  return nextAllowedMoment(cal, atLocal(date, settings.atTime), settings.workingHours);
}

/** Every rung of the ladder for a deadline, in time order: N working days before, the day itself, then each overdue working day. */
export function ladderRungs(cal: WorkingCalendar, deadline: string, settings: ReminderSettings): Rung[] {
  const before = [...new Set(settings.daysBefore.filter((d) => Number.isInteger(d) && d > 0))].sort((a, b) => b - a);
  const rungs: Array<{ id: string; date: string }> = [
    ...before.map((d) => ({ id: `before-${d}`, date: addWorkingDays(cal, deadline, -d) })),
    { id: 'due', date: deadline },
  ];
  for (let k = 1; k <= settings.maxOverdue; k++) rungs.push({ id: `overdue-${k}`, date: addWorkingDays(cal, deadline, k) });
  return rungs.map((r) => ({ ...r, at: sendMoment(cal, r.date, settings) }));
}

/** Whether messages may go out at `now` (inside working hours of a working day). */
export function isSendingAllowed(cal: WorkingCalendar, now: Date, settings: Pick<ReminderSettings, 'workingHours'>): boolean {
  return nextAllowedMoment(cal, now, settings.workingHours).getTime() === now.getTime();
}
