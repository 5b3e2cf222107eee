import type { Pool, PoolClient } from 'pg';
import type { RateBudget, SlotBlock } from '../../teams/rate-budget.ts';

/** How often this instance re-reads the database's clock (clocks drift apart by milliseconds per hour at most). */
const CLOCK_CHECK_EVERY_MS = 60_000;
/** Clock readings per check; the one with the shortest round trip is kept. */
const CLOCK_PINGS = 3;

/**
 * The app-wide Bot Connector budget as one row: each reservation moves the next free start slot on by count/rate,
 * in one statement, so every instance's slots together stay 1/rate apart under Teams' 50/s. Slots are timed by the
 * database's clock and handed back on this process's clock. A slot left unused is not saved up: a reservation
 * never starts before now + lead, so an idle period never turns into a burst.
 */
export class PgRateBudget implements RateBudget {
  readonly #gapMs: number;
  /** The database clock's lead over this process's clock, and when it was last read. */
  #offsetMs = 0;
  #checkedAt = -Infinity;

  constructor(
    private readonly pool: Pool,
    private readonly name: string,
    perSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#gapMs = 1000 / perSecond;
  }

  async reserve(count: number, leadMs: number): Promise<SlotBlock> {
    const client = await this.pool.connect();
    try {
      if (this.now() - this.#checkedAt > CLOCK_CHECK_EVERY_MS) await this.#readClock(client);
      const { rows } = await client.query<{ end_ms: number }>(
        `INSERT INTO rate_budget AS b (name, next_at)
         VALUES ($1, clock_timestamp() + make_interval(secs => ($3::float8 + $2::int * $4::float8) / 1000.0))
         ON CONFLICT (name) DO UPDATE
           SET next_at = greatest(b.next_at, clock_timestamp() + make_interval(secs => $3::float8 / 1000.0)) + make_interval(secs => $2::int * $4::float8 / 1000.0)
         RETURNING (extract(epoch FROM b.next_at) * 1000)::float8 AS end_ms`,
        [this.name, count, leadMs, this.#gapMs],
      );
      const row = rows[0];
      if (!row) throw new Error(`rate_budget ${this.name}: the reservation returned no row`);
      return { firstAt: row.end_ms - count * this.#gapMs - this.#offsetMs, gapMs: this.#gapMs, count };
    } finally {
      client.release();
    }
  }

  /**
   * Reads the database's clock on a connection already held, with a read-only statement: no queue, handshake or
   * commit lies on one way of the round trip only, so the midpoint estimate is wrong by at most half the round trip
   * (instances on several machines may disagree by milliseconds; the shortest of a few readings is kept).
   */
  async #readClock(client: PoolClient): Promise<void> {
    let best = { rttMs: Infinity, offsetMs: 0 };
    for (let i = 0; i < CLOCK_PINGS; i++) {
      const sent = this.now();
      const { rows } = await client.query<{ at_ms: number }>('SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS at_ms');
      const received = this.now();
      if (received - sent < best.rttMs) best = { rttMs: received - sent, offsetMs: rows[0]!.at_ms - (sent + received) / 2 };
    }
    this.#offsetMs = best.offsetMs;
    this.#checkedAt = this.now();
  }
}
