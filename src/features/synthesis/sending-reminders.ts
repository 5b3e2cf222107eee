import { formatDate } from '../../domain/calendar/index.ts';
import { sendingDue, type SendingReminder } from '../../domain/synthesis/sending-ladder.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import { REMINDER } from '../../i18n/reminder-strings.ts';
import { SYNTHESIS as S } from '../../i18n/synthesis-strings.ts';
import { performOnce, sendToAll, type JobContext } from '../jobs/job-context.ts';
import { cycleDoc } from '../jobs/ledger-docs.ts';
import { decisionMaker } from '../members/decision-maker.ts';
import { reminderSettings } from '../reminders/reminder-settings.ts';
import { SynthesisRepo } from './synthesis-repo.ts';

async function remind(ctx: JobContext, cycle: Cycle, item: SendingReminder, waiting: boolean): Promise<string | undefined> {
  const { app } = ctx;
  const deadline = formatDate(item.deadline);
  if (item.audience === 'standing') {
    const ids = app.roster.withRole('standing').map((m) => m.id);
    return sendToAll(app, ids, (locale) => ({ type: 'text', text: S[locale].sendingToStanding(cycle.label, deadline, REMINDER[locale].timeLeft(item.workingDaysLeft), waiting) }));
  }
  // Whoever decides today: the chief, or the deputy chief while delegated.
  const decider = await decisionMaker(app);
  return sendToAll(app, decider.memberIds, (locale) => ({ type: 'text', text: S[locale].sendingToApprover(cycle.label, deadline, REMINDER[locale].timeLeft(item.workingDaysLeft)) }));
}

/**
 * The sending deadline ladder (Điều 9.3): the compile deadline is when the Office's report must reach
 * the City committee. From the compile until it is sent, the standing member is reminded on the rungs;
 * while it waits for signature, the approver too. Each rung once, across restarts (the cycle's ledger).
 */
export async function remindSending(ctx: JobContext): Promise<void> {
  const { app } = ctx;
  const settings = reminderSettings(app);
  const repo = new SynthesisRepo(app.store);
  for (const cycle of await ctx.cycles()) {
    if (ctx.shouldStop()) return;
    if (!cycle.compiledAt) continue;
    const synthesis = await repo.get(cycle.id);
    if (synthesis?.sentAt) continue;
    const doc = cycleDoc(cycle.id);
    const recorded = new Set((await ctx.ledger.recorded(doc)).keys());
    for (const item of sendingDue({ compileDeadline: cycle.compileDeadline, compiledAt: cycle.compiledAt, synthesis, recorded }, app.calendar, settings, ctx.now)) {
      const job = `${cycle.id}/sending/${item.audience}-${item.rung}`;
      await performOnce(ctx, doc, item.covers, job, S.vi.sendingJob(cycle.label, item.audience === 'approver'), () => remind(ctx, cycle, item, synthesis?.state === 'submitted'));
    }
  }
}
