import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger.ts';
import type { DeliveryDedupe } from '../teams/delivery-dedupe.ts';
import type { RateBudget } from '../teams/rate-budget.ts';
import { RecentIds } from '../teams/recent-ids.ts';
import type { DocumentStore } from './document-store.ts';
import { MemoryLeases, type Leases } from './leases.ts';
import type { PostgresStore } from './postgres/postgres-store.ts';

/** What several instances must share besides the documents: who answered which delivery, who owns which job, the Teams budget. */
export interface Coordination {
  /** This process run: the owner of the leases it takes. */
  instanceId: string;
  dedupe: DeliveryDedupe;
  leases: Leases;
  /** The app-wide Bot Connector budget; absent: the in-process limiter alone paces (one instance). */
  rateBudget?: RateBudget;
}

/** Remembered deliveries: Teams retries within minutes; a day covers any retry and any restart in between. */
const DEDUPE_TTL_MS = 24 * 3_600_000;

/**
 * Share of Teams' 50/s that several instances pace their starts to together. Each start happens at its own slot
 * (slots 1/rate apart on the database's clock) or not at all, so any second holds at most floor(rate) + 1 starts
 * (toleranceFor in src/teams/shared-slots.ts): 48 at 47.5/s, which leaves two for arrivals at Teams jittering around
 * the starts (a busy event loop, connection set-up). At 48/s (at most 49 starts) test/pg/multi-instance.test.ts saw a
 * busiest second of 49 eight times and 50 once (CI's Node 24 run) against its limit of 50: one extra was common, so
 * one of margin was too little. 48.5/s: 50, 49, 46 under load. (Before slots were bound to their moment, 40/s was
 * needed: a start came whenever its waiter woke.)
 */
const SHARED_RATE_PER_SECOND = 47.5;

/** Whether the store is PostgresStore, told without loading the driver (a file-store start never imports `pg`). */
function isPostgresStore(store: DocumentStore): store is PostgresStore {
  return 'pool' in store;
}

/** Coordination that lives where the store does: in the database for PostgresStore, in this process otherwise. */
export async function coordinationFor(store: DocumentStore, connectorRatePerSecond: number, logger: Logger): Promise<Coordination> {
  if (isPostgresStore(store)) {
    const [{ PgDeliveryDedupe }, { PgLeases }, { PgRateBudget }] = await Promise.all([import('./postgres/pg-delivery-dedupe.ts'), import('./postgres/pg-leases.ts'), import('./postgres/pg-rate-budget.ts')]);
    return { instanceId: randomUUID(), dedupe: new PgDeliveryDedupe(store.pool, DEDUPE_TTL_MS, (error) => logger.warn({ err: error }, 'delivery dedupe sweep failed; expired rows are reused meanwhile')), leases: new PgLeases(store.pool), rateBudget: new PgRateBudget(store.pool, 'bot-connector', Math.min(connectorRatePerSecond, SHARED_RATE_PER_SECOND)) };
  }
  return { instanceId: randomUUID(), dedupe: new RecentIds(5000), leases: new MemoryLeases() };
}
