import type { Pool } from 'pg';
import type { RateBudget } from '../../teams/rate-budget.ts';

/**
 * The app-wide Bot Connector budget as one row: each reservation moves the next free start slot on by
 * 1/rate, in one statement, so every instance's starts together stay evenly spaced under Teams' 50/s.
 * A slot left unused for longer than one gap is not saved up (at most one start of catch-up), so an idle
 * period never turns into a burst. Timed by the database's clock.
 */
export class PgRateBudget implements RateBudget {
  readonly #gapMs: number;

  constructor(
    private readonly pool: Pool,
    private readonly name: string,
    perSecond: number,
  ) {
    this.#gapMs = 1000 / perSecond;
  }

  async reserve(): Promise<number> {
    const { rows } = await this.pool.query<{ wait_ms: number }>(
      `WITH gap AS (SELECT make_interval(secs => $2 / 1000.0) AS g)
       INSERT INTO rate_budget AS b (name, next_at) SELECT $1, clock_timestamp() + g FROM gap
       ON CONFLICT (name) DO UPDATE SET next_at = greatest(b.next_at, clock_timestamp() - (SELECT g FROM gap)) + (SELECT g FROM gap)
       RETURNING greatest(0, extract(epoch FROM (b.next_at - (SELECT g FROM gap) - clock_timestamp())) * 1000)::float8 AS wait_ms`,
      [this.name, this.#gapMs],
    );
    return rows[0]?.wait_ms ?? 0;
  }
}
