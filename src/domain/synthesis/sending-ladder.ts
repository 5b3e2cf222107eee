import { localDate, workingDaysBetween, type WorkingCalendar } from '../calendar/index.ts';
import { effectiveDeadline, isSendingAllowed, ladderRungs } from '../reminders/rungs.ts';
import type { ReminderSettings } from '../reminders/reminder-settings.ts';
import type { Synthesis } from './synthesis.ts';

/**
 * The sending deadline (Điều 9.3: the Office's report reaches the City committee "đúng thời hạn"):
 * the compile deadline. From the moment the report is compiled until it is sent, the standing member is
 * reminded on the ladder; while the synthesis waits for signature, so is whoever approves. Pure.
 */

export type SendingAudience = 'standing' | 'approver';

export interface SendingReminder {
  audience: SendingAudience;
  rung: string;
  /** Ledger keys this one message settles (rungs missed during an outage collapse into the latest). */
  covers: string[];
  deadline: string;
  workingDaysLeft: number;
}

export interface SendingSnapshot {
  compileDeadline: string;
  /** When the cycle was compiled; nothing is due before there is a report to send. */
  compiledAt?: string;
  synthesis?: Pick<Synthesis, 'state' | 'sentAt' | 'requests'>;
  /** Ledger keys already recorded for the cycle. */
  recorded: ReadonlySet<string>;
}

/** Ledger key of one rung for one audience, e.g. "_sending.standing.due". */
export function sendingKey(audience: SendingAudience, rung: string): string {
  return `_sending.${audience}.${rung}`;
}

/** The reminders due at `now`: at most one per audience, never outside working hours, none once sent. */
export function sendingDue(snapshot: SendingSnapshot, cal: WorkingCalendar, settings: ReminderSettings, now: Date): SendingReminder[] {
  const { synthesis, recorded } = snapshot;
  if (!snapshot.compiledAt || synthesis?.sentAt || synthesis?.state === 'approved') return [];
  if (!isSendingAllowed(cal, now, settings)) return [];
  const deadline = effectiveDeadline(cal, snapshot.compileDeadline, settings);
  const rungs = ladderRungs(cal, deadline, settings);
  const workingDaysLeft = workingDaysBetween(cal, localDate(now), deadline);
  const due = (audience: SendingAudience, since: string): SendingReminder[] => {
    const pending = rungs.filter((r) => r.at > new Date(since) && r.at <= now && !recorded.has(sendingKey(audience, r.id)));
    const latest = pending.at(-1);
    return latest ? [{ audience, rung: latest.id, covers: pending.map((r) => sendingKey(audience, r.id)), deadline, workingDaysLeft }] : [];
  };
  const request = synthesis?.state === 'submitted' ? synthesis.requests.at(-1) : undefined;
  return [...due('standing', snapshot.compiledAt), ...(request ? due('approver', request.at) : [])];
}
