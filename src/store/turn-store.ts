import type { DocKey, DocumentStore, IdentifiedDoc, Versioned } from './document-store.ts';
import { readCollection } from './read-collection.ts';

const keyOf = (collection: string, id: string) => `${collection}/${id}`;

/**
 * The store as one turn sees it: the small documents the turn is known to read (the member's settings and
 * conversation reference, the absent heads, the delegations) are read together at its start — one query on
 * PostgreSQL instead of one round trip each — and each is then handed to the first `get` of it. A write to a
 * document drops what was read ahead of it; everything else, and everything after `end`, goes to the store.
 * A store without `getMany` (files, memory: no round trips to save) is read as before, lazily.
 */
export class TurnStore implements DocumentStore {
  readonly #ahead = new Map<string, unknown>();
  readonly #aheadShared = new Map<string, Versioned<Readonly<unknown>> | undefined>();
  #open = true;

  constructor(private readonly inner: DocumentStore) {}

  /**
   * Reads `keys` in one go where the store can (those marked `shared` as readShared gives them, where the store can
   * fold them into the same read); a failure here is the turn's, as the reads it replaces would have been.
   */
  async prefetch(keys: DocKey[]): Promise<void> {
    if (!this.#open || keys.length === 0) return;
    const plain = keys.filter((k) => !k.shared);
    const shared = keys.filter((k) => k.shared);
    if (this.inner.readAhead) {
      const read = await this.inner.readAhead(plain, shared);
      if (!this.#open) return;
      plain.forEach((k, i) => this.#ahead.set(keyOf(k.collection, k.id), read.docs[i]));
      shared.forEach((k, i) => this.#aheadShared.set(keyOf(k.collection, k.id), read.shared[i]));
      return;
    }
    if (!this.inner.getMany || plain.length === 0) return;
    const docs = await this.inner.getMany(plain);
    if (!this.#open) return;
    plain.forEach((k, i) => this.#ahead.set(keyOf(k.collection, k.id), docs[i]));
  }

  /** Work the turn left running (a fan-out) reads the store from here on. */
  end(): void {
    this.#open = false;
    this.#ahead.clear();
    this.#aheadShared.clear();
  }

  /** Forgets what was read ahead of a document being written. */
  #drop(collection: string, id: string): void {
    this.#ahead.delete(keyOf(collection, id));
    this.#aheadShared.delete(keyOf(collection, id));
  }

  get<T>(collection: string, id: string): Promise<T | undefined> {
    const key = keyOf(collection, id);
    if (this.#ahead.has(key)) {
      const doc = this.#ahead.get(key) as T | undefined;
      // Handed out once: the caller may change it, and a second read goes to the store.
      this.#ahead.delete(key);
      return Promise.resolve(doc);
    }
    return this.inner.get<T>(collection, id);
  }

  read<T>(collection: string, id: string): Promise<Versioned<T> | undefined> {
    return this.inner.read<T>(collection, id);
  }

  readShared<T>(collection: string, id: string): Promise<Versioned<Readonly<T>> | undefined> {
    const key = keyOf(collection, id);
    if (this.#aheadShared.has(key)) {
      const read = this.#aheadShared.get(key) as Versioned<Readonly<T>> | undefined;
      // Once: a later read in the turn asks the store again.
      this.#aheadShared.delete(key);
      return Promise.resolve(read);
    }
    return this.inner.readShared<T>(collection, id);
  }

  write<T>(collection: string, id: string, doc: T, expected: number): Promise<number> {
    this.#drop(collection, id);
    return this.inner.write(collection, id, doc, expected);
  }

  update<T>(collection: string, id: string, fn: (current: T | undefined) => T | undefined | Promise<T | undefined>): Promise<T | undefined> {
    this.#drop(collection, id);
    return this.inner.update(collection, id, fn);
  }

  updateMany(keys: DocKey[], fn: (current: unknown[]) => Array<unknown> | Promise<Array<unknown>>): Promise<unknown[]> {
    for (const k of keys) this.#drop(k.collection, k.id);
    return this.inner.updateMany(keys, fn);
  }

  list(collection: string): Promise<string[]> {
    return this.inner.list(collection);
  }

  getAll<T>(collection: string): Promise<Array<IdentifiedDoc<T>>> {
    return readCollection<T>(this.inner, collection);
  }

  delete(collection: string, id: string): Promise<void> {
    this.#drop(collection, id);
    return this.inner.delete(collection, id);
  }

  verify(collections: string[]): Promise<void> {
    return this.inner.verify(collections);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
