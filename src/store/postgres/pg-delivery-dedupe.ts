import type { Pool } from 'pg';
import type { DeliveryDedupe } from '../../teams/delivery-dedupe.ts';

/** Expired ids are swept once per this many checks (an indexed delete, off the turn's path). */
const SWEEP_EVERY = 500;

/** Delivered activity ids in PostgreSQL with an expiry: a repeat reaching any instance, or arriving after a restart, is seen. */
export class PgDeliveryDedupe implements DeliveryDedupe {
  #checks = 0;

  constructor(
    private readonly pool: Pool,
    private readonly ttlMs: number,
    private readonly onSweepError: (error: unknown) => void,
  ) {}

  async checkAndAdd(id: string): Promise<boolean> {
    if (++this.#checks % SWEEP_EVERY === 0) void this.#sweep();
    // One statement: a new id is inserted, an expired one taken again; a live one returns no row (seen).
    const { rowCount } = await this.pool.query(
      `INSERT INTO delivery_dedupe (key, expires_at) VALUES ($1, clock_timestamp() + make_interval(secs => $2 / 1000.0))
       ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE delivery_dedupe.expires_at < clock_timestamp()`,
      [id, this.ttlMs],
    );
    return rowCount === 0;
  }

  async #sweep(): Promise<void> {
    try {
      await this.pool.query('DELETE FROM delivery_dedupe WHERE expires_at < clock_timestamp()');
    } catch (error) {
      // Only housekeeping: expired rows are reused by checkAndAdd anyway, and the next sweep tries again.
      this.onSweepError(error);
    }
  }
}
