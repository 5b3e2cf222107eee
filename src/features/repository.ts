import type { DocumentStore } from '../store/document-store.ts';

/**
 * A typed collection of small documents: what features use instead of the raw store. `parse`
 * checks a document read back (a hand-edited or older file fails with the document named), so a
 * handler never works on a shape it does not expect.
 */
export interface Repository<T> {
  readonly collection: string;
  get(id: string): Promise<T | undefined>;
  /** Read-modify-write of one document, serialised per document; `fn` returning undefined changes nothing. */
  update(id: string, fn: (current: T | undefined) => T | undefined | Promise<T | undefined>): Promise<T | undefined>;
  /** Every document of the collection, in no particular order. */
  all(): Promise<T[]>;
  ids(): Promise<string[]>;
  delete(id: string): Promise<void>;
}

/** A repository over one collection of the store. */
export function repository<T>(store: DocumentStore, collection: string, parse: (raw: unknown, id: string) => T = (raw) => raw as T): Repository<T> {
  const read = (raw: unknown, id: string) => (raw === undefined ? undefined : parse(raw, id));
  return {
    collection,
    get: async (id) => read(await store.get<unknown>(collection, id), id),
    update: (id, fn) => store.update<T>(collection, id, (current) => fn(read(current, id))),
    async all() {
      const ids = await store.list(collection);
      const docs = await Promise.all(ids.map(async (id) => read(await store.get<unknown>(collection, id), id)));
      return docs.filter((d): d is Awaited<T> => d !== undefined) as T[];
    },
    ids: () => store.list(collection),
    delete: (id) => store.delete(collection, id),
  };
}

/** One named document (settings, the absent-heads marks). */
export interface SingleDocument<T> {
  get(): Promise<T | undefined>;
  update(fn: (current: T | undefined) => T | undefined): Promise<T | undefined>;
}

/** A repository of exactly one document. */
export function singleDocument<T>(store: DocumentStore, collection: string, id: string): SingleDocument<T> {
  const repo = repository<T>(store, collection);
  return { get: () => repo.get(id), update: (fn) => repo.update(id, fn) };
}
