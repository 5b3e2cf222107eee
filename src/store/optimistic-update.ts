import type { DocumentStore } from './document-store.ts';
import { VersionConflictError } from './store-errors.ts';

/** How often a conflicting write is retried before the conflict is the caller's (dozens of writers on one document still get through). */
const ATTEMPTS = 64;

/**
 * Read-modify-write by optimistic concurrency: read with its version, compute, compare-and-set, and on a
 * conflict read again. Holds no lock while `fn` runs, so `fn` must be a pure function of the document
 * (it may run several times); returning undefined leaves the document unchanged.
 */
export async function updateOptimistic<T>(store: DocumentStore, collection: string, id: string, fn: (current: T | undefined) => T | undefined): Promise<T | undefined> {
  for (let attempt = 1; ; attempt++) {
    const current = await store.read<T>(collection, id);
    const next = fn(current?.doc);
    if (next === undefined) return current?.doc;
    try {
      await store.write(collection, id, next, current?.version ?? 0);
      return next;
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt >= ATTEMPTS) throw error;
      // Someone else wrote in between: a random pause, growing to 50 ms, spreads the retries of several instances.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 ** attempt)));
    }
  }
}
