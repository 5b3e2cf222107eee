import { randomUUID } from 'node:crypto';
import { isSendingAllowed } from '../domain/reminders/index.ts';
import type { AppServices } from '../features/app-services.ts';
import { retryUndelivered } from '../features/cycles/send-report-cards.ts';
import { sendMeetingDigests, sendTaskReminders } from '../features/meetings/register.ts';
import { autoOpenQuarter } from './auto-open.ts';
import { runCycleJobs } from './cycle-jobs.ts';
import { reportFailures } from './failure-report.ts';
import { reminderSettings } from '../features/reminders/reminder-settings.ts';
import type { JobContext } from './job-context.ts';
import { JobLedger } from './job-ledger.ts';
import { nudgeSecretary } from './meeting-nudge.ts';
import { settleQueuedReports } from './report-mail-watch.ts';

export interface DueJobsOptions {
  /** The ledger (and so the run id) to use; one per process run. */
  ledger?: JobLedger;
  /** Checked between jobs: true once shutdown began. */
  shouldStop?: () => boolean;
  /** Retries the durable mail outbox (DurableMailer.retryPending). */
  retryMail?: () => Promise<unknown>;
  /** Whether to re-send undelivered report forms this tick (the scheduler throttles it). */
  retryForms?: boolean;
}

/** What one tick did, by job key. */
export interface TickSummary {
  at: string;
  /** False outside working hours and on days off: only mail was retried. */
  sendingAllowed: boolean;
  performed: string[];
  failed: string[];
}

const RUNS = new WeakMap<AppServices, JobLedger>();

/** The ledger of this app instance (one run id per started bot). */
export function ledgerFor(app: AppServices): JobLedger {
  let ledger = RUNS.get(app);
  if (!ledger) {
    ledger = new JobLedger(app.store, randomUUID());
    RUNS.set(app, ledger);
  }
  return ledger;
}

/**
 * Whether an open cycle has a form worth re-sending now: a transient failure, or a unit a restart
 * interrupted before it was tried. Units without a conversation are served when they install the
 * app (onMemberReachable), so they alone do not trigger a retry (each retry also edits the progress card).
 */
async function formsNeedRetry(app: AppServices): Promise<boolean> {
  for (const cycle of await app.cycles.list()) {
    if (cycle.state !== 'open') continue;
    const deliveries = await app.cycles.deliveries(cycle.id);
    if (cycle.targetUnits.some((u) => !deliveries.has(u) || deliveries.get(u)!.status === 'failed')) return true;
  }
  return false;
}

async function step(ctx: JobContext, name: string, job: () => Promise<unknown>): Promise<void> {
  if (ctx.shouldStop()) return;
  try {
    await job();
  } catch (error) {
    // One failing job never stops the others; the next tick tries again.
    ctx.app.logger.error({ err: error, job: name }, 'scheduled job failed');
    ctx.failed.push(name);
  }
}

/**
 * One scheduler tick at `now`: retries queued mail, then, inside working hours of a working day,
 * opens the quarter, performs every due reminder, escalation, compile and summary once, nudges the
 * secretary, runs the meeting jobs and reports failures to the standing member.
 */
export async function runDueJobs(app: AppServices, now: Date, options: DueJobsOptions = {}): Promise<TickSummary> {
  const ctx: JobContext = { app, ledger: options.ledger ?? ledgerFor(app), now, shouldStop: options.shouldStop ?? (() => false), docs: new Set(), performed: [], failed: [] };
  await step(ctx, 'mail/retry', () => settleQueuedReports(ctx, options.retryMail));
  const sendingAllowed = isSendingAllowed(app.calendar, now, reminderSettings(app));
  if (sendingAllowed) {
    await step(ctx, 'auto/open', () => autoOpenQuarter(ctx));
    await step(ctx, 'cycles', () => runCycleJobs(ctx));
    await step(ctx, 'auto/meeting-nudge', () => nudgeSecretary(ctx));
    await step(ctx, 'meetings/digests', () => sendMeetingDigests(app, now));
    await step(ctx, 'meetings/task-reminders', () => sendTaskReminders(app, now));
    if (options.retryForms ?? true) await step(ctx, 'cycles/retry-undelivered', async () => (await formsNeedRetry(app)) && retryUndelivered(app));
    await step(ctx, 'failures/report', () => reportFailures(ctx));
  }
  return { at: now.toISOString(), sendingAllowed, performed: ctx.performed, failed: ctx.failed };
}
