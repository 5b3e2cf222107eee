import { randomUUID } from 'node:crypto';
import { isSendingAllowed } from '../domain/reminders/index.ts';
import type { AppServices } from '../features/app-services.ts';
import { tickCycles, type JobContext } from '../features/jobs/job-context.ts';
import type { FeatureRegistry } from '../features/registry.ts';
import { reminderSettings } from '../features/reminders/reminder-settings.ts';
import { JobLedger } from './job-ledger.ts';

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
 * One scheduler tick at `now`: runs every feature's jobs in order — `always` jobs (mail retries)
 * on every tick, the others only inside working hours of a working day. One failing job never
 * stops the others; the next tick tries again.
 */
export async function runDueJobs(app: AppServices, registry: FeatureRegistry, now: Date, options: DueJobsOptions = {}): Promise<TickSummary> {
  const ctx: JobContext = {
    app,
    ledger: options.ledger ?? ledgerFor(app),
    now,
    shouldStop: options.shouldStop ?? (() => false),
    docs: new Set(),
    performed: [],
    failed: [],
    retryMail: options.retryMail,
    retryForms: options.retryForms ?? true,
    ...tickCycles(() => app.cycles.list()),
  };
  const sendingAllowed = isSendingAllowed(app.calendar, now, reminderSettings(app));
  for (const job of registry.jobs) {
    if (ctx.shouldStop()) break;
    if (job.when === 'working-hours' && !sendingAllowed) continue;
    try {
      await job.run(ctx);
    } catch (error) {
      ctx.app.logger.error({ err: error, job: job.name }, 'scheduled job failed');
      ctx.failed.push(job.name);
    }
  }
  return { at: now.toISOString(), sendingAllowed, performed: ctx.performed, failed: ctx.failed };
}
