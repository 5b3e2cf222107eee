import type { Pool, PoolClient } from 'pg';

/** Postgres error codes worth running a whole transaction again for. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 5;

/**
 * Runs `work` in one transaction on one pooled connection: committed when it resolves, rolled back when it
 * throws. A deadlock or serialisation failure between instances runs it again (it must not have side effects
 * outside the transaction when `retry` is set).
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, retry = false): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // The connection itself failed: it must not go back into the pool.
        broken = rollbackError as Error;
      }
      const code = (error as { code?: string }).code;
      if (!retry || !code || !RETRYABLE.has(code) || attempt >= ATTEMPTS) throw error;
    } finally {
      client.release(broken);
    }
  }
}

/** Holds one document (present or not yet) until the transaction ends; every instance hashes the same key to the same lock. */
export async function lockKey(client: PoolClient, key: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}
