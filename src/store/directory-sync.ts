import { open } from 'node:fs/promises';

/**
 * Group commit of directory fsyncs. A renamed file is durable once its directory is synced, and one
 * fsync of a directory covers every rename that completed before it began. Writers that arrive while a
 * directory's sync runs share the one that starts right after it (never the running one: their rename may
 * have come after it began), so N concurrent writes into one folder cost about two directory syncs, not N.
 * Every caller still resolves only after a sync that began after its rename: "stored before 200" holds.
 */
export class DirectorySync {
  readonly #running = new Map<string, Promise<void>>();
  readonly #next = new Map<string, Promise<void>>();

  /** `syncDir` fsyncs one directory (replaced in tests to watch the grouping). */
  constructor(private readonly syncDir: (dir: string) => Promise<void> = syncDirectory) {}

  /** Resolves once `dir` was fsynced by a sync that began after this call; rejects with that sync's error. */
  sync(dir: string): Promise<void> {
    const queued = this.#next.get(dir);
    if (queued) return queued;
    const running = this.#running.get(dir);
    if (!running) return this.#start(dir);
    const next = running.then(
      () => this.#start(dir),
      () => this.#start(dir),
    );
    this.#next.set(dir, next);
    return next;
  }

  #start(dir: string): Promise<void> {
    // From here on, an arriving caller may have renamed after this sync began: it waits for the next one.
    this.#next.delete(dir);
    const run = this.syncDir(dir);
    this.#running.set(dir, run);
    const clear = () => {
      if (this.#running.get(dir) === run) this.#running.delete(dir);
    };
    run.then(clear, clear);
    return run;
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
