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
 * Share of Teams' 50/s that several instances pace their starts to together. Arrivals at Teams jitter around the
 * starts (a cold instance's first calls, connection set-up, a busy event loop): up to 5 extra in one second on an
 * idle machine, and 6–8 extra (51 and 53 in one second at 45/s) on a loaded one, so the shared budget keeps 20%
 * headroom where one process (48/s) has its own evenly spaced clock.
 */
const SHARED_RATE_PER_SECOND = 40;

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
