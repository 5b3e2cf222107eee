import { assertSafeKey, type DocumentStore } from './document-store.ts';
import { KeyedLock } from './keyed-lock.ts';

/** In-memory DocumentStore for unit tests; documents are cloned in and out like a real store. */
export class MemoryStore implements DocumentStore {
  readonly #docs = new Map<string, unknown>();
  readonly #lock = new KeyedLock();

  async get<T>(collection: string, id: string): Promise<T | undefined> {
    assertSafeKey(collection, id);
    const doc = this.#docs.get(`${collection}/${id}`);
    return doc === undefined ? undefined : (structuredClone(doc) as T);
  }

  update<T>(collection: string, id: string, fn: (current: T | undefined) => T | undefined | Promise<T | undefined>): Promise<T | undefined> {
    assertSafeKey(collection, id);
    const key = `${collection}/${id}`;
    return this.#lock.run(key, async () => {
      const current = this.#docs.get(key);
      const next = await fn(current === undefined ? undefined : (structuredClone(current) as T));
      if (next === undefined) return current === undefined ? undefined : (structuredClone(current) as T);
      this.#docs.set(key, structuredClone(next));
      return structuredClone(next);
    });
  }

  async list(collection: string): Promise<string[]> {
    assertSafeKey(collection, 'x');
    const prefix = `${collection}/`;
    return [...this.#docs.keys()].filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/')).map((k) => k.slice(prefix.length));
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
}
