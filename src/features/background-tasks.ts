import type { Logger } from '../logging/logger.ts';

/**
 * Work that outlives the turn that started it (sending cards to every unit). Tracked so shutdown
 * can wait for it and tests can await it; failures are logged, never swallowed.
 */
export class BackgroundTasks {
  readonly #running = new Set<Promise<unknown>>();

  constructor(private readonly logger: Logger) {}

  /** Starts tracking a job; `name` goes into the log if it fails. */
  run(name: string, job: () => Promise<unknown>): void {
    const promise = job().catch((error: unknown) => this.logger.error({ err: error, job: name }, 'background job failed'));
    this.#running.add(promise);
    void promise.finally(() => this.#running.delete(promise));
  }

  /** Resolves when every job started so far (and any they started) has finished. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all([...this.#running]);
  }
}
