import { workingDaysBetween, localDate, type WorkingCalendar } from '../calendar/index.ts';
import { effectiveDeadline, ladderRungs, type ReminderSettings } from '../reminders/index.ts';
import type { Inspection } from './inspection-model.ts';
import { unitsWithoutSelfReport } from './inspection-rules.ts';

/** One unit's self-report reminder; missed rungs collapse into one message named after the latest. */
export interface SelfReportReminder {
  unitId: string;
  /** Ledger keys this message settles ("<unit>.before-3", …). */
  covers: string[];
  deadline: string;
  workingDaysLeft: number;
}

/**
 * The self-report reminders due at `now` on the reminder ladder (working days before the deadline,
 * the day itself, the overdue days), for units that have not reported, while the team still works.
 * Rungs before the inspection was created were never due; `recorded` holds the ledger's keys.
 */
export function dueSelfReportReminders(inspection: Inspection, cal: WorkingCalendar, settings: ReminderSettings, now: Date, recorded: ReadonlySet<string>): SelfReportReminder[] {
  if (inspection.status !== 'open') return [];
  const deadline = effectiveDeadline(cal, inspection.deadline, settings);
  const created = new Date(inspection.createdAt);
  const rungs = ladderRungs(cal, deadline, settings).filter((r) => r.at > created && r.at <= now);
  const daysLeft = workingDaysBetween(cal, localDate(now), deadline);
  const due: SelfReportReminder[] = [];
  for (const unitId of unitsWithoutSelfReport(inspection)) {
    const covers = rungs.map((r) => `${unitId}.${r.id}`).filter((key) => !recorded.has(key));
    if (covers.length > 0) due.push({ unitId, covers, deadline, workingDaysLeft: daysLeft });
  }
  return due;
}
