import { assertSafeKey, lockOrder, type DocKey, type DocumentStore, type IdentifiedDoc, type Versioned } from './document-store.ts';
import { deepFreeze } from '../util/deep-freeze.ts';
import { KeyedLock } from './keyed-lock.ts';
import { VersionConflictError } from './store-errors.ts';

interface Entry {
  doc: unknown;
  version: number;
}

/** In-memory DocumentStore for unit tests; documents are cloned in and out like a real store (kept frozen, so `readShared` can hand them out). */
export class MemoryStore implements DocumentStore {
  readonly #docs = new Map<string, Entry>();
  readonly #lock = new KeyedLock();

  async get<T>(collection: string, id: string): Promise<T | undefined> {
    return (await this.read<T>(collection, id))?.doc;
  }

  async read<T>(collection: string, id: string): Promise<Versioned<T> | undefined> {
    assertSafeKey(collection, id);
    const entry = this.#docs.get(`${collection}/${id}`);
    return entry === undefined ? undefined : { doc: structuredClone(entry.doc) as T, version: entry.version };
  }

  async readShared<T>(collection: string, id: string): Promise<Versioned<Readonly<T>> | undefined> {
    assertSafeKey(collection, id);
    const entry = this.#docs.get(`${collection}/${id}`);
    return entry === undefined ? undefined : { doc: entry.doc as T, version: entry.version };
  }

  async write<T>(collection: string, id: string, doc: T, expected: number): Promise<number> {
    assertSafeKey(collection, id);
    const key = `${collection}/${id}`;
    // Through the lock, so a compare-and-set never lands between an update's read and its write.
    return this.#lock.run(key, async () => {
      const version = this.#docs.get(key)?.version ?? 0;
      if (version !== expected) throw new VersionConflictError(key, expected);
      this.#docs.set(key, { doc: deepFreeze(structuredClone(doc)), version: version + 1 });
      return version + 1;
    });
  }

  update<T>(collection: string, id: string, fn: (current: T | undefined) => T | undefined | Promise<T | undefined>): Promise<T | undefined> {
    return this.updateMany([{ collection, id }], async ([current]) => [await fn(current as T | undefined)]).then(([doc]) => doc as T | undefined);
  }

  async updateMany(keys: DocKey[], fn: (current: unknown[]) => Array<unknown> | Promise<Array<unknown>>): Promise<unknown[]> {
    const ordered = lockOrder(keys);
    const names = keys.map((k) => `${k.collection}/${k.id}`);
    return this.#lock.runAll(ordered, async () => {
      const next = await fn(names.map((n) => this.#clone(n)));
      // Commit point: nothing was written before fn returned, so a throw leaves every document as it was.
      names.forEach((name, i) => {
        if (next[i] === undefined) return;
        this.#docs.set(name, { doc: deepFreeze(structuredClone(next[i])), version: (this.#docs.get(name)?.version ?? 0) + 1 });
      });
      return names.map((n) => this.#clone(n));
    });
  }

  #clone(key: string): unknown {
    const entry = this.#docs.get(key);
    return entry === undefined ? undefined : structuredClone(entry.doc);
  }

  async list(collection: string): Promise<string[]> {
    assertSafeKey(collection, 'x');
    const prefix = `${collection}/`;
    return [...this.#docs.keys()].filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/')).map((k) => k.slice(prefix.length));
  }

  async getAll<T>(collection: string): Promise<Array<IdentifiedDoc<T>>> {
    const ids = await this.list(collection);
    return ids.map((id) => ({ id, doc: this.#clone(`${collection}/${id}`) as T }));
  }

  async delete(collection: string, id: string): Promise<void> {
    assertSafeKey(collection, id);
    const key = `${collection}/${id}`;
    // Through the lock like FileStore, so a delete never lands in the middle of a pending update.
    await this.#lock.run(key, async () => {
      this.#docs.delete(key);
    });
  }

  async verify(): Promise<void> {
    // Nothing on disk to go bad.
  }

  async close(): Promise<void> {
    // Nothing to release.
  }
}
