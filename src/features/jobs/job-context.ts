import type { Cycle } from '../../domain/cycles/cycle.ts';
import type { AppServices } from '../app-services.ts';
import { localeOf } from '../member-locale.ts';
import type { JobLedgerPort } from './job-ledger-port.ts';

/** What every scheduled job gets: the app, the ledger, the tick's time and the stop flag. */
export interface JobContext {
  app: AppServices;
  ledger: JobLedgerPort;
  now: Date;
  /** True once shutdown began: finish the job in hand, start no other. */
  shouldStop: () => boolean;
  /** Ledger documents read this tick; their failures are reported at the end. */
  docs: Set<string>;
  /** Job keys performed and failed this tick (for logs and tests). */
  performed: string[];
  failed: string[];
  /** Retries the durable mail outbox (DurableMailer.retryPending); absent in tests that do not need it. */
  retryMail?: () => Promise<unknown>;
  /** Whether undelivered report forms are re-sent this tick (the scheduler throttles it). */
  retryForms: boolean;
  /**
   * The cycles as this tick first read them: every job of the tick shares one listing instead of
   * reading every cycle document again. A job that creates or changes a cycle calls `cyclesChanged`.
   */
  cycles(): Promise<Cycle[]>;
  cyclesChanged(): void;
}

/** A tick's shared, lazily read cycle listing. */
export function tickCycles(list: () => Promise<Cycle[]>): Pick<JobContext, 'cycles' | 'cyclesChanged'> {
  let read: Promise<Cycle[]> | undefined;
  return {
    cycles: () => (read ??= list()),
    cyclesChanged: () => {
      read = undefined;
    },
  };
}

/**
 * Performs a job exactly once: claims its ledger keys, runs `work`, records how it ended. `work`
 * returns undefined on success or a failure detail; a throw is logged with the job key and
 * recorded as failed. Returns false when the job was already recorded (by this or an earlier run).
 */
export async function performOnce(ctx: JobContext, doc: string, keys: string[], job: string, what: string, work: () => Promise<string | undefined>): Promise<boolean> {
  ctx.docs.add(doc);
  if (!(await ctx.ledger.claim(doc, keys, job, what, ctx.now))) return false;
  let failure: string | undefined;
  try {
    failure = await work();
  } catch (error) {
    ctx.app.logger.error({ err: error, job }, 'scheduled job failed');
    failure = `error: ${(error as Error).message ?? String(error)}`.slice(0, 300);
  }
  await ctx.ledger.settle(doc, keys, failure ? 'failed' : 'sent', ctx.app.clock(), failure);
  if (failure) {
    ctx.failed.push(job);
    ctx.app.logger.warn({ job, detail: failure }, 'scheduled job did not reach everyone');
  } else {
    ctx.performed.push(job);
    ctx.app.logger.info({ job }, 'scheduled job done');
  }
  return true;
}

/** Sends one reply to several members; returns "member: reason" for those not reached, undefined when all were. */
export async function sendToAll(app: AppServices, memberIds: string[], build: (locale: 'vi' | 'en') => Parameters<AppServices['messenger']['send']>[1]): Promise<string | undefined> {
  if (memberIds.length === 0) return 'no-recipient';
  const problems: string[] = [];
  for (const memberId of [...new Set(memberIds)]) {
    try {
      const outcome = await app.messenger.send(memberId, build(await localeOf(app, memberId)));
      if (!outcome.ok) problems.push(memberIds.length === 1 ? outcome.reason : `${memberId}: ${outcome.reason}`);
    } catch (error) {
      app.logger.error({ err: error, memberId }, 'scheduled message failed');
      problems.push(`${memberId}: error`);
    }
  }
  return problems.length ? problems.join('; ') : undefined;
}
