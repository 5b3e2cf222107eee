import { addWorkingDays, localDate, workingDaysBetween, type WorkingCalendar } from '../calendar/index.ts';
import type { Cycle } from '../cycles/cycle.ts';
import type { ReminderSettings } from './reminder-settings.ts';
import { effectiveDeadline, isSendingAllowed, ladderRungs, sendMoment } from './rungs.ts';

/** Ledger key of a cycle-wide job (not tied to one unit). */
export const CYCLE_WIDE = '_all';

/**
 * How many working days late the chief summary may still catch up: an outage is caught up, but a
 * bot started on old data does not mail the chief about cycles closed months ago.
 */
export const SUMMARY_CATCH_UP_WORKING_DAYS = 5;

/** A unit's reminder; several missed rungs collapse into one item named after the latest. */
export interface ReminderItem {
  kind: 'reminder';
  cycleId: string;
  unitId: string;
  rung: string;
  /** Ledger keys this one message settles (the latest rung and any missed earlier ones). */
  covers: string[];
  deadline: string;
  /** Working days from today to the deadline: positive before, 0 on the day, negative when overdue. */
  workingDaysLeft: number;
}

/** First working day after the deadline: one card to the deputy chief and the standing member listing late units. */
export interface EscalationItem {
  kind: 'escalation';
  cycleId: string;
  covers: string[];
  deadline: string;
  lateUnits: string[];
}

/** Compile deadline reached while the cycle is still open: compile and show the preview to the standing member. */
export interface CompileItem {
  kind: 'compile';
  cycleId: string;
  covers: string[];
}

/** Compile deadline passed with units missing: a summary for the chief. */
export interface ChiefSummaryItem {
  kind: 'chief-summary';
  cycleId: string;
  covers: string[];
  deadline: string;
  missingUnits: string[];
}

export type CycleDueItem = ReminderItem | EscalationItem | CompileItem | ChiefSummaryItem;

/** What the ladder needs to know about one cycle right now. */
export interface CycleSnapshot {
  cycle: Cycle;
  /** Units with at least one submitted version. */
  submittedUnits: ReadonlySet<string>;
  /** Ledger keys already recorded for this cycle (sent, failed or in flight): never due again. */
  recorded: ReadonlySet<string>;
}

/** Ledger key of one unit rung, e.g. "kinh-te.before-3"; cycle-wide jobs use CYCLE_WIDE as the unit. */
export function ledgerKey(unitId: string, rung: string): string {
  return `${unitId}.${rung}`;
}

/** The job key used in logs and failure reports: "2026-q4/kinh-te/due". */
export function jobKey(cycleId: string, ledger: string): string {
  const dot = ledger.indexOf('.');
  return `${cycleId}/${ledger.slice(0, dot)}/${ledger.slice(dot + 1)}`;
}

/**
 * Everything due for one cycle at `now`, given what the ledger already holds. Pure: the caller
 * records each item's `covers` before counting it done. Nothing is due outside working hours.
 * Reminders and the escalation stop once the compile moment is reached (submissions then close); the
 * compile never runs before the unit deadline day has ended. Rungs scheduled before the cycle opened were never due.
 */
export function dueForCycle(snapshot: CycleSnapshot, cal: WorkingCalendar, settings: ReminderSettings, now: Date): CycleDueItem[] {
  const { cycle, submittedUnits, recorded } = snapshot;
  if (!isSendingAllowed(cal, now, settings)) return [];
  const items: CycleDueItem[] = [];
  const deadline = effectiveDeadline(cal, cycle.unitDeadline, settings);
  const compileDeadline = effectiveDeadline(cal, cycle.compileDeadline < cycle.unitDeadline ? cycle.unitDeadline : cycle.compileDeadline, settings);
  // Compiling closes submissions, so it never runs on the unit deadline day itself (an ad-hoc request,
  // or a typed deadline on the compile day): units keep the whole day, compile runs the next working day.
  const compileDay = compileDeadline > deadline ? compileDeadline : addWorkingDays(cal, deadline, 1);
  const compileAt = sendMoment(cal, compileDay, settings);
  const openedAt = new Date(cycle.openedAt);
  const missing = cycle.targetUnits.filter((u) => !submittedUnits.has(u));
  const fresh = (key: string) => !recorded.has(key);

  if (cycle.state === 'open' && now < compileAt) {
    const rungs = ladderRungs(cal, deadline, settings).filter((r) => r.at > openedAt && r.at <= now);
    const today = localDate(now);
    for (const unitId of missing) {
      const pending = rungs.filter((r) => fresh(ledgerKey(unitId, r.id)));
      const latest = pending.at(-1);
      if (!latest) continue;
      items.push({ kind: 'reminder', cycleId: cycle.id, unitId, rung: latest.id, covers: pending.map((r) => ledgerKey(unitId, r.id)), deadline, workingDaysLeft: workingDaysBetween(cal, today, deadline) });
    }
  }
  // Due before the compile moment, or at it when the compile runs the day after the deadline (then it goes first, in the same tick).
  const escalationAt = sendMoment(cal, addWorkingDays(cal, deadline, 1), settings);
  const escalationKey = ledgerKey(CYCLE_WIDE, 'escalation');
  const beforeCompile = now < compileAt || escalationAt.getTime() === compileAt.getTime();
  if (cycle.state === 'open' && beforeCompile && missing.length > 0 && escalationAt > openedAt && escalationAt <= now && fresh(escalationKey)) {
    items.push({ kind: 'escalation', cycleId: cycle.id, covers: [escalationKey], deadline, lateUnits: missing });
  }
  const compileKey = ledgerKey(CYCLE_WIDE, 'compile');
  if (cycle.state === 'open' && compileAt <= now && fresh(compileKey)) items.push({ kind: 'compile', cycleId: cycle.id, covers: [compileKey] });
  const summaryDay = addWorkingDays(cal, compileDay, 1);
  const summaryAt = sendMoment(cal, summaryDay, settings);
  const summaryKey = ledgerKey(CYCLE_WIDE, 'chief-summary');
  const stale = localDate(now) > addWorkingDays(cal, summaryDay, SUMMARY_CATCH_UP_WORKING_DAYS);
  if (missing.length > 0 && summaryAt <= now && !stale && fresh(summaryKey)) {
    items.push({ kind: 'chief-summary', cycleId: cycle.id, covers: [summaryKey], deadline, missingUnits: missing });
  }
  return items;
}
