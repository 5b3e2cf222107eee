import { firstWorkingDayOfMonth, localDate, type WorkingCalendar } from '../calendar/index.ts';
import { quarterDeadlines, quarterId, quarterMonths, quarterOf, type Quarter } from '../cycles/quarter.ts';
import type { ReminderSettings } from './reminder-settings.ts';
import { isSendingAllowed, sendMoment } from './rungs.ts';

/** Ledger key (in the year's automatic-jobs document) of a quarter's automatic opening. */
export function openKey(quarter: Quarter): string {
  return `open-${quarterId(quarter)}`;
}

/** Ledger key of the secretary's meeting nudge for a month ("2026-12"). */
export function nudgeKey(month: string): string {
  return `nudge-${month}`;
}

export interface QuarterSettings {
  unitDeadlineDay: number;
  compileDeadlineDay: number;
  deadlinePolicy: 'next' | 'previous';
}

/**
 * The quarter to open automatically at `now`: from the first working day of the quarter's last month
 * until its unit deadline, when no cycle with its id exists and the ledger has not recorded the opening.
 */
export function quarterToOpen(
  cal: WorkingCalendar,
  settings: ReminderSettings,
  quarterly: QuarterSettings,
  now: Date,
  existingCycleIds: ReadonlySet<string>,
  recorded: ReadonlySet<string>,
): Quarter | undefined {
  if (!isSendingAllowed(cal, now, settings)) return undefined;
  const quarter = quarterOf(now);
  if (existingCycleIds.has(quarterId(quarter)) || recorded.has(openKey(quarter))) return undefined;
  const openDay = firstWorkingDayOfMonth(cal, quarter.year, quarterMonths(quarter).last);
  if (now < sendMoment(cal, openDay, settings)) return undefined;
  const { unitDeadline } = quarterDeadlines(quarter, cal, quarterly);
  return localDate(now) <= unitDeadline ? quarter : undefined;
}

/**
 * The month whose secretary nudge is due (Điều 7.2: one regular meeting a month): from the 25th at the
 * reminder time (moved to the next working moment) until the month ends, when no meeting is scheduled
 * for that month and the nudge was not recorded.
 */
export function meetingNudgeDue(cal: WorkingCalendar, settings: ReminderSettings, now: Date, meetingsThisMonth: number, recorded: ReadonlySet<string>): string | undefined {
  if (!isSendingAllowed(cal, now, settings)) return undefined;
  const month = localDate(now).slice(0, 7);
  if (meetingsThisMonth > 0 || recorded.has(nudgeKey(month))) return undefined;
  return now >= sendMoment(cal, `${month}-25`, settings) ? month : undefined;
}

