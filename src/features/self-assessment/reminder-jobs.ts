import { formatDate } from '../../domain/calendar/index.ts';
import { dueForSelfAssessment, type ScoreDueItem } from '../../domain/self-assessment/due-reminders.ts';
import { jobKey } from '../../domain/reminders/index.ts';
import type { SelfAssessment } from '../../domain/self-assessment/self-assessment.ts';
import { SELF_ASSESSMENT as S } from '../../i18n/self-assessment-strings.ts';
import { performOnce, sendToAll, type JobContext } from '../jobs/job-context.ts';
import { reminderSettings } from '../reminders/reminder-settings.ts';
import { SelfAssessmentRepo } from './self-assessment-repo.ts';
import { scorerOf } from './send-unit-cards.ts';

/** Ledger document of a year's self-assessment reminders and escalation. */
export function selfAssessmentDoc(year: number): string {
  return `self-assessment-${year}`;
}

async function perform(ctx: JobContext, sa: SelfAssessment, item: ScoreDueItem): Promise<string | undefined> {
  const { app } = ctx;
  const repo = new SelfAssessmentRepo(app.store);
  const deadline = formatDate(sa.deadline);
  if (item.kind === 'reminder') {
    // The unit may have scored since this tick looked: no stale reminder.
    if (await repo.scores(sa.year, item.unitId)) return undefined;
    const scorer = await scorerOf(app, item.unitId);
    if (!scorer) return 'unit-not-in-roster';
    const unit = app.roster.unit(item.unitId)?.name ?? item.unitId;
    return sendToAll(app, [scorer], (locale) => ({ type: 'text', text: S[locale].reminder(sa.year, unit, deadline, item.workingDaysLeft) }));
  }
  const current = await repo.allScores(sa);
  const late = item.lateUnits.filter((u) => !current.has(u));
  if (late.length === 0) return undefined;
  const names = late.map((u) => app.roster.unit(u)?.name ?? u).join(', ');
  const to = [...new Set((['deputyChief', 'standing'] as const).flatMap((r) => app.roster.withRole(r).map((m) => m.id)))];
  return sendToAll(app, to, (locale) => ({ type: 'text', text: S[locale].escalation(sa.year, deadline, names) }));
}

/** Reminders to units that have not scored, on the report ladder's working days, and the escalation after the deadline; each once. */
export async function runSelfAssessmentJobs(ctx: JobContext): Promise<void> {
  const { app } = ctx;
  const repo = new SelfAssessmentRepo(app.store);
  const settings = reminderSettings(app);
  for (const sa of await repo.all()) {
    if (ctx.shouldStop()) return;
    if (sa.compiledAt) continue;
    const doc = selfAssessmentDoc(sa.year);
    ctx.docs.add(doc);
    try {
      const recorded = new Set((await ctx.ledger.recorded(doc)).keys());
      const scored = new Set((await repo.allScores(sa)).keys());
      for (const item of dueForSelfAssessment(sa, scored, recorded, app.calendar, settings, ctx.now)) {
        if (ctx.shouldStop()) return;
        const what = item.kind === 'reminder' ? S.vi.jobs.reminder(sa.year, app.roster.unit(item.unitId)?.name ?? item.unitId) : S.vi.jobs.escalation(sa.year);
        await performOnce(ctx, doc, item.covers, jobKey(doc, item.covers.at(-1)!), what, () => perform(ctx, sa, item));
      }
    } catch (error) {
      // One broken year must not stop the other years' jobs, nor the rest of the tick.
      app.logger.error({ err: error, job: `${doc}/*` }, 'self-assessment jobs failed');
      ctx.failed.push(`${doc}/*`);
    }
  }
}
