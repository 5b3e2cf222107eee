import cron, { type ScheduledTask } from 'node-cron';
import { CodedError, ErrorCode } from '../errors/coded-error.ts';
import type { AppServices } from '../features/app-services.ts';
import type { FeatureRegistry } from '../features/registry.ts';
import { ledgerFor, runDueJobs, type TickSummary } from './run-due-jobs.ts';

/** Thrown at start-up when SCHEDULER_CRON is not a cron expression. */
export class SchedulerConfigError extends CodedError {
  constructor(expression: string) {
    super(ErrorCode.SchedulerConfigInvalid, `SCHEDULER_CRON="${expression}" không phải biểu thức cron hợp lệ / is not a valid cron expression`, {
      remedy: 'Đặt một biểu thức cron, ví dụ "* * * * *" (mỗi phút), hoặc để trống để tắt bộ lập lịch / set a cron expression, e.g. "* * * * *" (every minute), or leave it empty to disable the scheduler',
    });
  }
}

/** Undelivered report forms are re-sent at most this often (each attempt also refreshes the opener's progress card). */
const RETRY_FORMS_EVERY_MS = 10 * 60_000;

export interface SchedulerOptions {
  /** The features whose jobs each tick runs. */
  registry: FeatureRegistry;
  /** Retries the durable mail outbox each tick. */
  retryMail?: () => Promise<unknown>;
}

/**
 * The node-cron tick around runDueJobs: ticks never overlap (a slow tick makes the next one skip),
 * and stop() lets the job in hand finish while starting no other, so shutdown never leaves one half done.
 */
export class Scheduler {
  #task?: ScheduledTask;
  #running?: Promise<TickSummary>;
  #stopping = false;
  #lastFormRetry = -Infinity;

  constructor(
    private readonly app: AppServices,
    private readonly options: SchedulerOptions,
  ) {}

  /** Starts ticking on `expression` (Asia/Ho_Chi_Minh); throws SchedulerConfigError for a bad expression. */
  start(expression: string): void {
    if (!cron.validate(expression)) throw new SchedulerConfigError(expression);
    this.#task = cron.schedule(expression, () => this.#onCron(), { name: 'cchc-scheduler', timezone: this.app.config.timeZone });
    this.app.logger.info({ cron: expression }, 'scheduler started');
  }

  /** Runs one tick at `now` (the app clock by default), after any tick in progress; tests drive time through this. */
  async tick(now: Date = this.app.clock()): Promise<TickSummary> {
    while (this.#running) await this.#running.catch(() => undefined);
    const retryForms = now.getTime() - this.#lastFormRetry >= RETRY_FORMS_EVERY_MS || now.getTime() < this.#lastFormRetry;
    if (retryForms) this.#lastFormRetry = now.getTime();
    const run = runDueJobs(this.app, this.options.registry, now, { ledger: ledgerFor(this.app), shouldStop: () => this.#stopping, retryMail: this.options.retryMail, retryForms });
    this.#running = run;
    try {
      return await run;
    } finally {
      if (this.#running === run) this.#running = undefined;
    }
  }

  /** Stops ticking: no new job starts; resolves when the job in hand has finished. */
  async stop(): Promise<void> {
    this.#stopping = true;
    await this.#task?.destroy();
    this.#task = undefined;
    await this.#running?.catch(() => undefined);
  }

  #onCron(): void {
    if (this.#stopping) return;
    if (this.#running) {
      this.app.logger.debug('previous scheduler tick still running; this one is skipped');
      return;
    }
    this.tick().then(
      (summary) => {
        if (summary.performed.length || summary.failed.length) this.app.logger.info(summary, 'scheduler tick');
      },
      (error: unknown) => this.app.logger.error({ err: error, job: 'tick' }, 'scheduler tick failed'),
    );
  }
}
