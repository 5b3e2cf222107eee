import type { Pool } from 'pg';
import type { Leases } from '../leases.ts';

/** Leases in PostgreSQL, timed by the database's clock so instances' clocks need not agree. */
export class PgLeases implements Leases {
  constructor(private readonly pool: Pool) {}

  async acquire(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO leases (name, owner, expires_at) VALUES ($1, $2, clock_timestamp() + make_interval(secs => $3 / 1000.0))
       ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
       WHERE leases.owner = EXCLUDED.owner OR leases.expires_at < clock_timestamp()`,
      [name, owner, ttlMs],
    );
    return rowCount === 1;
  }

  async release(name: string, owner: string): Promise<void> {
    await this.pool.query('DELETE FROM leases WHERE name = $1 AND owner = $2', [name, owner]);
  }

  async lapsed(prefix: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ name: string }>("SELECT name FROM leases WHERE starts_with(name, $1) AND expires_at <= clock_timestamp()", [prefix]);
    return rows.map((r) => r.name);
  }
}
