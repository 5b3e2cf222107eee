/**
 * Persistence behind one small interface: JSON documents addressed by collection and id.
 * Each document is small (one cycle's metadata, one unit's submission), so the cost of a write
 * never grows with history. Implemented by MemoryStore (tests), FileStore (the embedded default)
 * and PostgresStore (several instances on one database); one contract suite runs against all three.
 */
export interface DocumentStore {
  /** Reads one document, or undefined when it does not exist. */
  get<T>(collection: string, id: string): Promise<T | undefined>;
  /** Reads one document with its version, the token `write` compares; undefined when it does not exist. */
  read<T>(collection: string, id: string): Promise<Versioned<T> | undefined>;
  /**
   * Compare-and-set: stores `doc` when the document is still at `expected` (0: it must not exist yet) and
   * resolves with the new version once durable; otherwise throws VersionConflictError and writes nothing.
   */
  write<T>(collection: string, id: string, doc: T, expected: number): Promise<number>;
  /**
   * Like `read`, but the document may be the store's own copy, shared with every other caller of this method
   * and frozen: it must not be changed (copy it first). Stores that keep documents in memory skip the copy a
   * `read` makes, which for a large hot document (an open cycle of 3,000 units) is most of a turn's store cost.
   * The same object comes back until the document is written again, so callers may key derived data on it.
   */
  readShared<T>(collection: string, id: string): Promise<Versioned<Readonly<T>> | undefined>;
  /**
   * Read-modify-write of one document, serialised per document across every process sharing the store,
   * so concurrent updates never clobber each other; `fn` runs exactly once, holding the document, and the
   * call resolves after the new version is durably written. Returning `undefined` from `fn` leaves the
   * document unchanged. `fn` must not call the store itself (it may do other I/O, e.g. send the mail it records).
   */
  update<T>(collection: string, id: string, fn: (current: T | undefined) => T | undefined | Promise<T | undefined>): Promise<T | undefined>;
  /**
   * One decision that writes several documents: `fn` sees them all (held like `update` holds one) and returns
   * their new contents by position (`undefined` = unchanged); all are written or none. Resolves with the
   * documents as stored afterwards. `fn` may be run again after a deadlock between processes, so it must only compute.
   */
  updateMany(keys: DocKey[], fn: (current: unknown[]) => Array<unknown> | Promise<Array<unknown>>): Promise<unknown[]>;
  /** Ids of the documents in a collection (unordered). */
  list(collection: string): Promise<string[]>;
  /**
   * Every document of one collection (not of its sub-collections) with its id, unordered, in one bulk read:
   * one query on PostgreSQL instead of one per document, the files read past the cache on FileStore. Each document
   * is one `get` would have returned during the call (no snapshot across documents); the caller may change them.
   * Optional, so a wrapper written before it still compiles: readCollection() falls back to list + get.
   */
  getAll?<T>(collection: string): Promise<Array<IdentifiedDoc<T>>>;
  /**
   * Several documents by key in one read (one query on PostgreSQL), in the keys' order, undefined for a missing one.
   * Each is what `get` would have returned during the call (no snapshot across documents) and the caller's own.
   * Optional: a turn reads the small documents it will need with it where one round trip per document costs (TurnStore).
   */
  getMany?<T>(keys: DocKey[]): Promise<Array<T | undefined>>;
  /** getMany and, in the same read, `shared` as readShared would give each (PostgreSQL: one query for a turn's reads). Optional. */
  readAhead?(keys: DocKey[], shared: DocKey[]): Promise<ReadAhead>;
  /** Removes a document; a missing one is not an error. */
  delete(collection: string, id: string): Promise<void>;
  /** Parses every document of the named collections and their sub-collections; throws StoreCorruptError on the first bad one. */
  verify(collections: string[]): Promise<void>;
  /** Releases connections and handles; the store is unusable afterwards. */
  close(): Promise<void>;
}

/** A document and the version it was read at. */
export interface Versioned<T> {
  doc: T;
  version: number;
}

/** What readAhead returns: the documents of the keys (the caller's own) and the shared reads, in the order asked. */
export interface ReadAhead {
  docs: unknown[];
  shared: Array<Versioned<Readonly<unknown>> | undefined>;
}

/** A document and its id, as a bulk read returns it. */
export interface IdentifiedDoc<T> {
  id: string;
  doc: T;
}

/** Where one document lives. */
export interface DocKey {
  collection: string;
  id: string;
  /** In a turn's read-ahead: read as readShared gives it (the open cycle), not as a copy. */
  shared?: boolean;
}

const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** Refuses ids and collection names that could escape the data folder. */
export function assertSafeKey(collection: string, id: string): void {
  const parts = [...collection.split('/'), id];
  for (const part of parts) {
    if (!SAFE_SEGMENT.test(part) || part.includes('..')) {
      throw new Error(`Khóa lưu trữ không hợp lệ / unsafe store key: ${collection}/${id}`);
    }
  }
}

/** Keys sorted and deduplicated, so every process takes several documents' locks in one order (no deadlock). */
export function lockOrder(keys: DocKey[]): string[] {
  for (const k of keys) assertSafeKey(k.collection, k.id);
  return [...new Set(keys.map((k) => `${k.collection}/${k.id}`))].sort();
}
