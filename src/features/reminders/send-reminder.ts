import type { Cycle } from '../../domain/cycles/cycle.ts';
import { readAbsentHeads } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { actingMember } from '../cycles/acting-member.ts';
import { localeOf } from '../member-locale.ts';
import type { SendOutcome } from '../ports.ts';
import { reminderCard } from './reminder-cards.ts';

export interface ReminderOutcome {
  memberId: string;
  outcome: SendOutcome;
}

/** Sends one unit's reminder card to whoever reports for it now (the deputy while the head is absent). */
export async function sendUnitReminder(app: AppServices, cycle: Cycle, unitId: string, deadline: string, workingDaysLeft: number, note: (locale: 'vi' | 'en') => string = () => ''): Promise<ReminderOutcome | undefined> {
  const unit = app.roster.unit(unitId);
  if (!unit) return undefined;
  const { memberId } = actingMember(unit, await readAbsentHeads(app), app.roster);
  const locale = await localeOf(app, memberId);
  const outcome = await app.messenger.send(memberId, { type: 'card', card: reminderCard(cycle, unit, deadline, workingDaysLeft, locale, note(locale)) });
  return { memberId, outcome };
}
