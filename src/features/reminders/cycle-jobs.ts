import { dueForCycle, jobKey, type CycleDueItem } from '../../domain/reminders/index.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import { compileCycle, previewCard } from '../cycles/compile.ts';
import { lateUnitsCard } from './reminder-cards.ts';
import { sendUnitReminder } from './send-reminder.ts';
import { REMINDER } from '../../i18n/reminder-strings.ts';
import { reminderSettings } from './reminder-settings.ts';
import { performOnce, sendToAll, type JobContext } from '../jobs/job-context.ts';
import { cycleDoc } from '../jobs/ledger-docs.ts';
import { readAbsentHeads } from '../absences.ts';
import { decisionMaker } from '../members/decision-maker.ts';
import { publish } from '../app-events.ts';

function members(ctx: JobContext, ...roles: Array<'chief' | 'deputyChief' | 'standing'>): string[] {
  return [...new Set(roles.flatMap((r) => ctx.app.roster.withRole(r).map((m) => m.id)))];
}

function describe(ctx: JobContext, cycle: Cycle, item: CycleDueItem): string {
  // The ledger keeps one text in the office's language (Vietnamese), whoever reads the failure report.
  const s = REMINDER.vi.jobs;
  if (item.kind === 'reminder') return s.reminder(cycle.label, ctx.app.roster.unit(item.unitId)?.name ?? item.unitId);
  return { escalation: s.escalation, compile: s.compile, 'chief-summary': s.chiefSummary }[item.kind](cycle.label);
}

async function perform(ctx: JobContext, cycle: Cycle, item: CycleDueItem): Promise<string | undefined> {
  const { app } = ctx;
  switch (item.kind) {
    case 'reminder': {
      // The unit may have submitted since this tick read the submissions: no stale reminder.
      if (await app.cycles.getSubmission(cycle.id, item.unitId)) return undefined;
      const note = (locale: 'vi' | 'en') => (item.covers.length > 1 ? REMINDER[locale].catchUpNote : '');
      const result = await sendUnitReminder(app, cycle, item.unitId, item.deadline, item.workingDaysLeft, note);
      if (!result) return 'unit-not-in-roster';
      if (result.outcome.ok) publish(app, { type: 'cycle.reminded', cycleId: cycle.id, unitIds: [item.unitId] });
      return result.outcome.ok ? undefined : result.outcome.reason;
    }
    case 'escalation': {
      publish(app, { type: 'cycle.escalated', cycleId: cycle.id, unitIds: item.lateUnits });
      const acting = { absent: await readAbsentHeads(app) };
      return sendToAll(app, members(ctx, 'deputyChief', 'standing'), (locale) => ({ type: 'card', card: lateUnitsCard('escalation', cycle, item.lateUnits, item.deadline, app.roster, locale, acting) }));
    }
    case 'chief-summary': {
      // What goes to the chief goes to the deputy chief while delegated (Điều 5.1), and the card names them.
      const decider = await decisionMaker(app);
      const actingForChief = decider.onBehalfOfChief ? decider.memberIds.map((id) => app.roster.member(id)?.name ?? id).join(', ') : undefined;
      const acting = { absent: await readAbsentHeads(app), ...(actingForChief ? { actingForChief } : {}) };
      return sendToAll(app, decider.memberIds, (locale) => ({ type: 'card', card: lateUnitsCard('chief-summary', cycle, item.missingUnits, item.deadline, app.roster, locale, acting) }));
    }
    case 'compile': {
      const current = await app.cycles.get(cycle.id);
      // The standing member compiled by hand in the meantime: their preview stands.
      if (!current || current.state !== 'open') return undefined;
      const { cycle: compiled, report } = await compileCycle(app, current);
      ctx.cyclesChanged();
      return sendToAll(app, members(ctx, 'standing'), (locale) => ({ type: 'card', card: previewCard(compiled, report, locale, REMINDER[locale].autoCompiled(compiled.label)) }));
    }
  }
}

/** Asks the ladder what is due for every cycle and performs each item once, in order, until shutdown. */
export async function runCycleJobs(ctx: JobContext): Promise<void> {
  const { app } = ctx;
  const settings = reminderSettings(app);
  for (const cycle of await ctx.cycles()) {
    if (ctx.shouldStop()) return;
    // A report sent to the chief has nothing left to remind, escalate or summarise; its history is not re-read every minute.
    if (cycle.state === 'sent') continue;
    const doc = cycleDoc(cycle.id);
    ctx.docs.add(doc);
    try {
      const recorded = new Set((await ctx.ledger.recorded(doc)).keys());
      const submissions = await app.cycles.submissions(cycle.id);
      const submittedUnits = new Set([...submissions.values()].filter((s) => s.versions.length > 0).map((s) => s.unitId));
      for (const item of dueForCycle({ cycle, submittedUnits, recorded }, app.calendar, settings, ctx.now)) {
        if (ctx.shouldStop()) return;
        const key = jobKey(cycle.id, item.covers.at(-1)!);
        await performOnce(ctx, doc, item.covers, key, describe(ctx, cycle, item), () => perform(ctx, cycle, item));
      }
    } catch (error) {
      // One broken cycle (unreadable document, bad deadline) must not stop the other cycles' jobs.
      app.logger.error({ err: error, job: `${cycle.id}/*` }, 'cycle jobs failed');
      ctx.failed.push(`${cycle.id}/*`);
    }
  }
}
