import { formatDate, localDate } from '../../domain/calendar/index.ts';
import { jobKey } from '../../domain/reminders/index.ts';
import type { AnnualPlan } from '../../domain/plan/plan-model.ts';
import { duePlanTasks, type PlanTaskReminder } from '../../domain/plan/task-ladder.ts';
import { PLAN_REMINDER } from '../../i18n/plan-reminder-strings.ts';
import { REMINDER } from '../../i18n/reminder-strings.ts';
import { performOnce, sendToAll, type JobContext } from '../jobs/job-context.ts';
import { unitRecipient } from '../meetings/meeting-repo.ts';
import { reminderSettings } from '../reminders/reminder-settings.ts';
import { planCard } from './plan-card.ts';
import { getPlan } from './plan-repo.ts';

/** Ledger document of a year's plan task reminders and escalations. */
export function planDoc(year: number): string {
  return `plan-${year}`;
}

async function remind(ctx: JobContext, plan: AnnualPlan, item: PlanTaskReminder): Promise<string | undefined> {
  const { app } = ctx;
  // The task may have been done or cancelled since this tick read the plan: no stale reminder.
  const task = (await getPlan(app, plan.year))?.tasks.find((t) => t.id === item.taskId);
  if (!task || task.status === 'done' || task.status === 'cancelled') return undefined;
  const owner = await unitRecipient(app, item.unitId);
  if (!owner) return 'unit-not-in-roster';
  const today = localDate(ctx.now);
  return sendToAll(app, [owner], (locale) => {
    const notice = PLAN_REMINDER[locale].reminder(REMINDER[locale].timeLeft(item.workingDaysLeft), formatDate(item.deadline)) + (item.covers.length > 1 ? ` ${REMINDER[locale].catchUpNote}` : '');
    return { type: 'card', card: planCard(plan, [task], { roster: app.roster, today, locale, scope: app.roster.unit(item.unitId)?.name ?? '', notice }) };
  });
}

/**
 * Scheduler job: plan task deadlines on the reminder ladder (REMINDER_DAYS_BEFORE, the day, each
 * overdue day up to REMINDER_MAX_OVERDUE) to the lead unit's acting head, and on the first working day
 * after a deadline one card to the standing member and the chief listing the open tasks. Each step is
 * claimed in the job ledger first, so it goes out once, restarts and several instances included.
 * Last year's plan is read too: a task due on 31 December is overdue in January.
 */
export async function remindPlanTasks(ctx: JobContext): Promise<void> {
  const { app, now } = ctx;
  const settings = reminderSettings(app);
  const year = Number(localDate(now).slice(0, 4));
  for (const y of [year - 1, year]) {
    if (ctx.shouldStop()) return;
    const plan = await getPlan(app, y);
    if (!plan) continue;
    const doc = planDoc(y);
    ctx.docs.add(doc);
    const recorded = new Set((await ctx.ledger.recorded(doc)).keys());
    const due = duePlanTasks(plan, app.calendar, settings, now, recorded);
    for (const item of due.reminders) {
      if (ctx.shouldStop()) return;
      const number = plan.tasks.find((t) => t.id === item.taskId)?.number ?? item.taskId;
      const what = PLAN_REMINDER.vi.jobs.reminder(number, app.roster.unit(item.unitId)?.name ?? item.unitId);
      await performOnce(ctx, doc, item.covers, jobKey(doc, item.covers.at(-1)!), what, () => remind(ctx, plan, item));
    }
    const escalation = due.escalation;
    if (!escalation || ctx.shouldStop()) continue;
    const recipients = [...new Set([...app.roster.withRole('standing'), ...app.roster.withRole('chief')].map((m) => m.id))];
    const tasks = plan.tasks.filter((t) => escalation.taskIds.includes(t.id));
    await performOnce(ctx, doc, escalation.covers, `${doc}/escalation/${localDate(now)}`, PLAN_REMINDER.vi.jobs.escalation(y), () =>
      sendToAll(app, recipients, (locale) => ({ type: 'card', card: planCard(plan, tasks, { roster: app.roster, today: localDate(now), locale, scope: '', notice: PLAN_REMINDER[locale].escalation(tasks.length) }) })),
    );
  }
}
