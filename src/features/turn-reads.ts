import { deepFreeze } from '../util/deep-freeze.ts';
import type { AppServices } from './app-services.ts';
import type { SingleDocument } from './repository.ts';

/** The app as one turn sees it, and the call that ends the turn's memory of what it read. */
export interface TurnReads {
  app: AppServices;
  end(): void;
}

/**
 * One read per turn of the small directory documents that every guarded step consults: a card submission
 * asked for the absent-head marks three times and the chief's delegations twice (permission check, acting
 * deputy, receipt), each a store round trip on PostgreSQL. Within the turn the first read is shared (frozen:
 * no caller can change what another sees) and a write through the turn forgets it. Once the turn has ended,
 * work it left running in the background (a fan-out) reads the store again, so it never acts on a stale copy.
 */
export function withTurnReads(app: AppServices): TurnReads {
  let open = true;
  const memo = <T>(doc: SingleDocument<T>): SingleDocument<T> => {
    let pending: Promise<T | undefined> | undefined;
    return {
      get() {
        if (!open) return doc.get();
        pending ??= doc.get().then(deepFreeze, (error: unknown) => {
          pending = undefined;
          throw error;
        });
        return pending;
      },
      async update(fn) {
        pending = undefined;
        try {
          return await doc.update(fn);
        } finally {
          pending = undefined;
        }
      },
    };
  };
  const repos = { ...app.repos, absentHeads: memo(app.repos.absentHeads), delegations: memo(app.repos.delegations) };
  return {
    app: { ...app, repos },
    end: () => {
      open = false;
    },
  };
}
