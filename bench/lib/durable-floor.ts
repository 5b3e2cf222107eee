import { open } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

/** The cheapest durable store of one submission: what no bot that acknowledges only stored data can beat. */
export interface DurableFloor {
  store(id: string, json: string): Promise<void>;
  close(): Promise<void>;
}

/** One JSON file per submission: write, fsync the file, fsync its directory (a new name is durable only then). */
function fileFloor(dir: string): DurableFloor {
  return {
    async store(id, json) {
      const handle = await open(path.join(dir, `${id}.json`), 'w');
      try {
        await handle.writeFile(json, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      const dirHandle = await open(dir, 'r');
      try {
        await dirHandle.sync();
      } finally {
        await dirHandle.close();
      }
    },
    close: async () => {},
  };
}

/** One INSERT per submission, committed on its own (autocommit; the server's synchronous commit flushes the WAL). */
async function postgresFloor(url: string): Promise<DurableFloor> {
  // The same pool size as the bot's PostgresStore, every connection opened up front.
  const pool = new pg.Pool({ connectionString: url, max: 10, idleTimeoutMillis: 0 });
  await pool.query('CREATE TABLE IF NOT EXISTS floor_submissions (id text PRIMARY KEY, doc jsonb NOT NULL)');
  const warm = await Promise.all(Array.from({ length: 10 }, () => pool.connect()));
  for (const client of warm) client.release();
  return {
    async store(id, json) {
      await pool.query('INSERT INTO floor_submissions (id, doc) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc', [id, json]);
    },
    close: () => pool.end(),
  };
}

/** The floor BENCH_FLOOR names (`file` in BENCH_FLOOR_DIR, `postgres` on DATABASE_URL), or none. */
export async function durableFloor(env: NodeJS.ProcessEnv): Promise<DurableFloor | undefined> {
  if (env.BENCH_FLOOR === 'file') return fileFloor(env.BENCH_FLOOR_DIR!);
  if (env.BENCH_FLOOR === 'postgres') return postgresFloor(env.DATABASE_URL!);
  return undefined;
}
