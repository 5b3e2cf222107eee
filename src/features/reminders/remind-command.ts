import { effectiveDeadline } from '../../domain/reminders/index.ts';
import { localDate, workingDaysBetween } from '../../domain/calendar/index.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { REMINDER } from '../../i18n/reminder-strings.ts';
import type { AppServices } from '../app-services.ts';
import { findUnits } from '../find-unit.ts';
import { requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { reminderSettings } from './reminder-settings.ts';
import { sendUnitReminder } from './send-reminder.ts';
import { publish } from '../app-events.ts';

/** Units of an open cycle that have not submitted anything yet. */
async function pendingUnits(app: AppServices, cycle: Cycle): Promise<string[]> {
  const submissions = await app.cycles.submissions(cycle.id);
  return cycle.targetUnits.filter((u) => !submissions.get(u)?.versions.length);
}

/**
 * `nhắc` / `remind` (every unit that has not reported, in every open cycle) or `nhắc <đơn vị>`: sends the
 * reminder card now. A manual reminder is outside the ladder: it neither uses nor consumes a rung.
 */
export async function remindCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = await requirePermission(turn.caller, 'remind', app);
  const s = REMINDER[turn.caller.locale];
  const open = (await app.cycles.list()).filter((c) => c.state === 'open');
  if (open.length === 0) return [{ type: 'text', text: s.noOpenCycle }];
  const wanted = turn.args.trim();
  let only: string | undefined;
  if (wanted) {
    const units = findUnits(app.roster, wanted);
    if (units.length === 0) throw new ValidationError('unit', s.unitNotFound(wanted));
    if (units.length > 1) throw new ValidationError('unit', s.unitAmbiguous(wanted, units.map((u) => u.name)));
    only = units[0]!.id;
  }
  const today = localDate(app.clock());
  const replies: Reply[] = [];
  for (const cycle of open) {
    const pending = await pendingUnits(app, cycle);
    if (only) {
      const name = app.roster.unit(only)?.name ?? only;
      if (!cycle.targetUnits.includes(only)) {
        replies.push({ type: 'text', text: s.unitNotTargeted(name, cycle.label) });
        continue;
      }
      if (!pending.includes(only)) {
        replies.push({ type: 'text', text: s.unitAlreadySubmitted(name, cycle.label) });
        continue;
      }
    }
    const targets = only ? [only] : pending;
    if (targets.length === 0) {
      replies.push({ type: 'text', text: s.nothingPending(cycle.label) });
      continue;
    }
    const deadline = effectiveDeadline(app.calendar, cycle.unitDeadline, reminderSettings(app));
    const daysLeft = workingDaysBetween(app.calendar, today, deadline);
    const sent: string[] = [];
    const reminded: string[] = [];
    const failed: string[] = [];
    for (const unitId of targets) {
      const name = app.roster.unit(unitId)?.name ?? unitId;
      try {
        const result = await sendUnitReminder(app, cycle, unitId, deadline, daysLeft, (locale) => REMINDER[locale].manualNote(member.name));
        if (result?.outcome.ok) {
          sent.push(name);
          reminded.push(unitId);
        }
        else failed.push(`${name} (${s.reasons[result?.outcome.ok === false ? result.outcome.reason : 'error']})`);
      } catch (error) {
        app.logger.error({ err: error, cycleId: cycle.id, unitId }, 'manual reminder failed');
        failed.push(`${name} (${s.reasons.error})`);
      }
    }
    app.logger.info({ cycleId: cycle.id, by: member.id, sent: sent.length, failed: failed.length }, 'manual reminders sent');
    if (reminded.length) publish(app, { type: 'cycle.reminded', cycleId: cycle.id, unitIds: reminded });
    replies.push({ type: 'text', text: [`${cycle.label}: ${s.remindedAll(sent, targets.length)}`, ...(failed.length ? [s.remindFailed(failed)] : [])].join('\n\n') });
  }
  return replies;
}
