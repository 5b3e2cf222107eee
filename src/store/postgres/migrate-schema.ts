import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Pool } from 'pg';

/** Numbered SQL files beside this module, applied in order, each once. */
const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE = /^(\d{4})-[a-z0-9-]+\.sql$/;
/** Any constant: instances starting together take turns migrating. */
const MIGRATION_LOCK = 4_170_017;

/** The migrations shipped with this version, by number. */
export async function shippedMigrations(): Promise<Array<{ version: number; name: string; sql: string }>> {
  const names = (await readdir(MIGRATIONS_DIR)).filter((n) => FILE.test(n)).sort();
  return Promise.all(names.map(async (name) => ({ version: Number(FILE.exec(name)![1]), name, sql: await readFile(`${MIGRATIONS_DIR}${name}`, 'utf8') })));
}

/**
 * Brings the schema to this version: every shipped migration not yet recorded in schema_migrations runs in
 * its own transaction. Instances starting at once wait on an advisory lock, so each migration runs once.
 * Returns the versions applied now.
 */
export async function migrateSchema(pool: Pool, schema?: string): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      // The caller checked the name; created under the lock since CREATE SCHEMA IF NOT EXISTS races itself.
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      const applied: number[] = [];
      for (const migration of await shippedMigrations()) {
        if (done.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
        applied.push(migration.version);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
