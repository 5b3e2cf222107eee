import { deepFreeze } from '../../util/deep-freeze.ts';
import pg, { type Pool, type PoolClient, type QueryResult } from 'pg';
import { assertSafeKey, lockOrder, type DocKey, type DocumentStore, type IdentifiedDoc, type ReadAhead, type Versioned } from '../document-store.ts';
import { KeyedLock } from '../keyed-lock.ts';
import { StoreUnavailableError, VersionConflictError } from '../store-errors.ts';
import { migrateSchema } from './migrate-schema.ts';
import { inTransaction, lockKey } from './transaction.ts';

export interface PostgresStoreOptions {
  /** Connections in the pool (default 10), all opened at start and kept: each update in flight holds one while its function runs. */
  maxConnections?: number;
  /** A schema to use (created when missing) instead of the user's default; tests isolate themselves this way. */
  schema?: string;
  /** Told about errors of idle pooled connections (the database restarted, the network dropped). */
  onIdleError?: (error: Error) => void;
}

interface Row {
  doc: unknown;
  version: string;
}

/** A document this instance handed out by readShared, and the row version it was read at. */
interface SharedCopy {
  doc: unknown;
  version: number;
  /** `updated_at` as text: with the version it names one row version, also after a delete and re-create (versions restart at 1). */
  stamp: string;
}

/** Documents kept for readShared: the open cycles (a handful, ~42 KB each at city scale), least recently used out first. */
const SHARED_LIMIT = 64;

/** Opens a pool on `url`, creating the schema's tables or migrating them to this version before resolving. */
export async function openPool(url: string, options: PostgresStoreOptions = {}): Promise<Pool> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  const max = options.maxConnections ?? 10;
  // Idle connections are kept: opening one (SCRAM authentication) blocks the event loop for milliseconds, which in the
  // middle of a fan-out bunches paced sends together.
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 0, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  pool.on('error', (error) => options.onIdleError?.(error));
  try {
    await migrateSchema(pool, schema);
    const warm = await Promise.all(Array.from({ length: max }, () => pool.connect()));
    for (const client of warm) client.release();
  } catch (error) {
    await pool.end();
    throw new StoreUnavailableError('Không kết nối hoặc cập nhật được cơ sở dữ liệu DATABASE_URL / could not connect to or migrate the DATABASE_URL database', error);
  }
  return pool;
}

/**
 * Documents as JSONB rows (collection, id, doc, version) in PostgreSQL, shared by every bot instance.
 * `update` holds the document with a transaction-scoped advisory lock (which also covers a document that does
 * not exist yet) while `fn` runs, then writes it with the version compared; `write` is the lock-free
 * compare-and-set. Commits are synchronous, so "resolved" means "on the database's disk".
 */
export class PostgresStore implements DocumentStore {
  /** One update per document at a time inside this instance, so waiting updates do not each hold a connection. */
  readonly #local = new KeyedLock();
  /** What readShared handed out, by `collection/id`: sent again only when the row changed. */
  readonly #shared = new Map<string, SharedCopy>();

  constructor(readonly pool: Pool) {}

  /** Connects, migrates, and returns the store. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    return new PostgresStore(await openPool(url, options));
  }

  async get<T>(collection: string, id: string): Promise<T | undefined> {
    return (await this.read<T>(collection, id))?.doc;
  }

  async read<T>(collection: string, id: string): Promise<Versioned<T> | undefined> {
    assertSafeKey(collection, id);
    const { rows } = await this.pool.query<Row>('SELECT doc, version FROM documents WHERE collection = $1 AND id = $2', [collection, id]);
    const row = rows[0];
    return row ? { doc: row.doc as T, version: Number(row.version) } : undefined;
  }

  /**
   * A version-conditional read: the row's version and stamp always come from the database (another instance may
   * have written it), the document only when they differ from the copy this instance handed out last. The open
   * cycle (42 KB at city scale) is read on every turn; unchanged, it is neither sent, parsed, frozen nor validated
   * again (CycleRepo keys its validated copy on the object), and the same frozen object comes back as the contract says.
   */
  async readShared<T>(collection: string, id: string): Promise<Versioned<Readonly<T>> | undefined> {
    assertSafeKey(collection, id);
    const known = this.#shared.get(`${collection}/${id}`);
    const { rows } = await this.pool.query<Row & { stamp: string }>(
      'SELECT version, updated_at::text AS stamp, CASE WHEN version = $3 AND updated_at::text = $4 THEN NULL ELSE doc END AS doc FROM documents WHERE collection = $1 AND id = $2',
      [collection, id, known?.version ?? 0, known?.stamp ?? ''],
    );
    return this.#sharedCopy<T>(`${collection}/${id}`, rows[0]);
  }

  /** What readShared hands out for the row read (none: the document does not exist), keeping the copy for the next read. */
  #sharedCopy<T>(key: string, row: (Row & { stamp: string }) | undefined): Versioned<Readonly<T>> | undefined {
    const known = this.#shared.get(key);
    this.#shared.delete(key);
    if (!row) return undefined;
    const version = Number(row.version);
    if (known && known.version === version && known.stamp === row.stamp) {
      this.#shared.set(key, known);
      return { doc: known.doc as T, version };
    }
    const copy: SharedCopy = { doc: deepFreeze(row.doc), version, stamp: row.stamp };
    this.#shared.set(key, copy);
    if (this.#shared.size > SHARED_LIMIT) this.#shared.delete(this.#shared.keys().next().value!);
    return { doc: copy.doc as T, version };
  }

  async write<T>(collection: string, id: string, doc: T, expected: number): Promise<number> {
    assertSafeKey(collection, id);
    return putVersioned(this.pool, collection, id, doc, expected);
  }

  update<T>(collection: string, id: string, fn: (current: T | undefined) => T | undefined | Promise<T | undefined>): Promise<T | undefined> {
    assertSafeKey(collection, id);
    const key = `${collection}/${id}`;
    return this.#local.run(key, () => this.#updateHeld(collection, id, key, fn));
  }

  /**
   * One update in two round trips instead of five: `BEGIN`, the advisory lock and the read go as one simple
   * query (each statement still reads after the lock is held: READ COMMITTED takes a snapshot per statement),
   * and the write goes with its `COMMIT`. Keys are safe to inline (assertSafeKey allows letters, digits, `_.-/`);
   * the document is quoted by the driver's escapeLiteral.
   */
  async #updateHeld<T>(collection: string, id: string, key: string, fn: (current: T | undefined) => T | undefined | Promise<T | undefined>): Promise<T | undefined> {
    const client = await this.pool.connect();
    let open = false;
    let broken: Error | undefined;
    try {
      open = true;
      const results = (await client.query(
        `BEGIN; SELECT pg_advisory_xact_lock(hashtextextended('${key}', 0)); SELECT doc, version FROM documents WHERE collection = '${collection}' AND id = '${id}'`,
      )) as unknown as Array<QueryResult<Row>>;
      const current = results[2]!.rows[0];
      const next = await fn(current?.doc as T | undefined);
      if (next === undefined) {
        await client.query('COMMIT');
        open = false;
        return current?.doc as T | undefined;
      }
      const expected = current ? Number(current.version) : 0;
      const json = client.escapeLiteral(JSON.stringify(next));
      const put =
        expected === 0
          ? `INSERT INTO documents (collection, id, doc, version) VALUES ('${collection}', '${id}', ${json}::jsonb, 1) ON CONFLICT DO NOTHING RETURNING version`
          : `UPDATE documents SET doc = ${json}::jsonb, version = version + 1, updated_at = now() WHERE collection = '${collection}' AND id = '${id}' AND version = ${expected} RETURNING version`;
      const written = (await client.query(`${put}; COMMIT`)) as unknown as Array<QueryResult<{ version: string }>>;
      open = false;
      // Held by the lock this cannot happen unless a writer bypassed it; nothing was written then.
      if (written[0]!.rows.length === 0) throw new VersionConflictError(key, expected);
      return next;
    } catch (error) {
      if (open) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // The connection itself failed: it must not go back into the pool.
          broken = rollbackError as Error;
        }
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  updateMany(keys: DocKey[], fn: (current: unknown[]) => Array<unknown> | Promise<Array<unknown>>): Promise<unknown[]> {
    const ordered = lockOrder(keys);
    return this.#local.runAll(ordered, () =>
      inTransaction(
        this.pool,
        async (client) => {
          for (const key of ordered) await lockKey(client, key);
          // One connection runs one query at a time.
          const current: Array<Row | undefined> = [];
          for (const k of keys) current.push(await selectOne(client, k.collection, k.id));
          const next = await fn(current.map((r) => r?.doc));
          for (const [i, k] of keys.entries()) {
            if (next[i] !== undefined) await putVersioned(client, k.collection, k.id, next[i], current[i] ? Number(current[i].version) : 0);
          }
          return keys.map((_, i) => (next[i] !== undefined ? next[i] : current[i]?.doc));
        },
        true,
      ),
    );
  }

  async list(collection: string): Promise<string[]> {
    assertSafeKey(collection, 'x');
    const { rows } = await this.pool.query<{ id: string }>('SELECT id FROM documents WHERE collection = $1', [collection]);
    return rows.map((r) => r.id);
  }

  /** One SELECT over the primary key's (collection, id) prefix: a city-scale cycle's 3,000 submissions in one round trip. */
  async getAll<T>(collection: string): Promise<Array<IdentifiedDoc<T>>> {
    assertSafeKey(collection, 'x');
    const { rows } = await this.pool.query<{ id: string; doc: unknown }>('SELECT id, doc FROM documents WHERE collection = $1', [collection]);
    return rows.map((r) => ({ id: r.id, doc: r.doc as T }));
  }

  /** One SELECT for every key: a turn's member documents (settings, conversation reference, absences, delegations) in one round trip. */
  async getMany<T>(keys: DocKey[]): Promise<Array<T | undefined>> {
    return (await this.readAhead(keys, [])).docs as Array<T | undefined>;
  }

  /**
   * getMany, and in the same query the readShared of `shared` (the open cycle a card names): each of those comes back
   * as readShared gives it, the document only when its version or stamp changed since this instance last handed it out.
   */
  async readAhead(keys: DocKey[], shared: DocKey[]): Promise<ReadAhead> {
    for (const k of [...keys, ...shared]) assertSafeKey(k.collection, k.id);
    const all = [...keys, ...shared];
    const known = shared.map((k) => this.#shared.get(`${k.collection}/${k.id}`));
    const { rows } = await this.pool.query<Row & { collection: string; id: string; stamp: string; n: number }>(
      'SELECT k.n, d.version, d.updated_at::text AS stamp, CASE WHEN d.version = k.version AND d.updated_at::text = k.stamp THEN NULL ELSE d.doc END AS doc ' +
        'FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[]) WITH ORDINALITY AS k(collection, id, version, stamp, n) JOIN documents d ON d.collection = k.collection AND d.id = k.id',
      [all.map((k) => k.collection), all.map((k) => k.id), [...keys.map(() => 0), ...known.map((c) => c?.version ?? 0)], [...keys.map(() => ''), ...known.map((c) => c?.stamp ?? '')]],
    );
    const byPosition = new Map(rows.map((r) => [Number(r.n) - 1, r]));
    const handed = new Set<string>();
    const docs = keys.map((k, i) => {
      const key = `${k.collection}/${k.id}`;
      const doc = byPosition.get(i)?.doc;
      // A key asked twice gets two documents: each is its caller's own.
      if (handed.has(key)) return structuredClone(doc);
      handed.add(key);
      return doc;
    });
    return { docs, shared: shared.map((k, i) => this.#sharedCopy(`${k.collection}/${k.id}`, byPosition.get(keys.length + i))) };
  }

  async delete(collection: string, id: string): Promise<void> {
    assertSafeKey(collection, id);
    const key = `${collection}/${id}`;
    await this.#local.run(key, () =>
      inTransaction(this.pool, async (client) => {
        await lockKey(client, key);
        await client.query('DELETE FROM documents WHERE collection = $1 AND id = $2', [collection, id]);
      }),
    );
  }

  async verify(): Promise<void> {
    // JSONB is parsed by the database on every write: a stored document cannot be torn or unparsable.
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function selectOne(client: PoolClient, collection: string, id: string): Promise<Row | undefined> {
  const { rows } = await client.query<Row>('SELECT doc, version FROM documents WHERE collection = $1 AND id = $2', [collection, id]);
  return rows[0];
}

/** Inserts (expected 0) or replaces the document at `expected`; a lost race is a VersionConflictError. */
async function putVersioned(db: Pool | PoolClient, collection: string, id: string, doc: unknown, expected: number): Promise<number> {
  const json = JSON.stringify(doc);
  const { rows } =
    expected === 0
      ? await db.query<{ version: string }>('INSERT INTO documents (collection, id, doc, version) VALUES ($1, $2, $3::jsonb, 1) ON CONFLICT DO NOTHING RETURNING version', [collection, id, json])
      : await db.query<{ version: string }>('UPDATE documents SET doc = $3::jsonb, version = version + 1, updated_at = now() WHERE collection = $1 AND id = $2 AND version = $4 RETURNING version', [collection, id, json, expected]);
  if (rows.length === 0) throw new VersionConflictError(`${collection}/${id}`, expected);
  return Number(rows[0]!.version);
}
