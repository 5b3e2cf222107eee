import { addWorkingDays, localDate, workingDaysBetween, type WorkingCalendar } from '../calendar/index.ts';
import { CYCLE_WIDE, SUMMARY_CATCH_UP_WORKING_DAYS, isSendingAllowed, ladderRungs, ledgerKey, sendMoment, type ReminderSettings } from '../reminders/index.ts';
import type { SelfAssessment } from './self-assessment.ts';

/** A unit that has not scored yet; missed rungs collapse into one reminder named after the latest. */
export interface ScoreReminderItem {
  kind: 'reminder';
  unitId: string;
  rung: string;
  covers: string[];
  workingDaysLeft: number;
}

/** The first working day after the deadline: the deputy chief and the standing member get the units still missing. */
export interface ScoreEscalationItem {
  kind: 'escalation';
  covers: string[];
  lateUnits: string[];
}

export type ScoreDueItem = ScoreReminderItem | ScoreEscalationItem;

/**
 * What is due for a year's self-assessment at `now`, on the same ladder as reports (N working days
 * before, the day itself, each overdue working day up to the maximum) and the same escalation.
 * Nothing outside working hours; rungs before the opening were never due; nothing once compiled,
 * nor once the last rung is more than a few working days past.
 */
export function dueForSelfAssessment(sa: SelfAssessment, scoredUnits: ReadonlySet<string>, recorded: ReadonlySet<string>, cal: WorkingCalendar, settings: ReminderSettings, now: Date): ScoreDueItem[] {
  if (sa.compiledAt || !isSendingAllowed(cal, now, settings)) return [];
  // An outage is caught up; a year never compiled does not nag its units months later.
  const lastRung = addWorkingDays(cal, sa.deadline, Math.max(settings.maxOverdue, 1));
  if (localDate(now) > addWorkingDays(cal, lastRung, SUMMARY_CATCH_UP_WORKING_DAYS)) return [];
  const openedAt = new Date(sa.openedAt);
  const missing = sa.units.filter((u) => !scoredUnits.has(u));
  const rungs = ladderRungs(cal, sa.deadline, settings).filter((r) => r.at > openedAt && r.at <= now);
  const today = localDate(now);
  const items: ScoreDueItem[] = [];
  for (const unitId of missing) {
    const pending = rungs.filter((r) => !recorded.has(ledgerKey(unitId, r.id)));
    const latest = pending.at(-1);
    if (latest) items.push({ kind: 'reminder', unitId, rung: latest.id, covers: pending.map((r) => ledgerKey(unitId, r.id)), workingDaysLeft: workingDaysBetween(cal, today, sa.deadline) });
  }
  const escalationKey = ledgerKey(CYCLE_WIDE, 'escalation');
  const escalationAt = sendMoment(cal, addWorkingDays(cal, sa.deadline, 1), settings);
  if (missing.length > 0 && escalationAt > openedAt && escalationAt <= now && !recorded.has(escalationKey)) items.push({ kind: 'escalation', covers: [escalationKey], lateUnits: missing });
  return items;
}
