import type { DocumentStore } from './document-store.ts';
import { readDocument, stampDocument, type DocumentShape } from './document-shape.ts';
import { readCollection } from './read-collection.ts';

/**
 * A typed collection of small documents: what features use instead of the raw store. With a
 * `DocumentShape`, documents carry a schema version, are migrated when read at an older one and validated
 * (a hand-edited or broken document fails with a DocumentInvalidError naming collection and id), so a
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

/** How a repository reads what is stored: a versioned shape, or (older callers) a parse function. */
export type DocumentReader<T> = DocumentShape<T> | ((raw: unknown, id: string) => T);

/** A repository over one collection of the store; without a reader documents are taken as stored. */
export function repository<T>(store: DocumentStore, collection: string, reader: DocumentReader<T> = (raw) => raw as T): Repository<T> {
  const shape = typeof reader === 'function' ? undefined : reader;
  const read = (raw: unknown, id: string): T | undefined => {
    if (raw === undefined) return undefined;
    return shape ? readDocument(shape, collection, id, raw) : (reader as (raw: unknown, id: string) => T)(raw, id);
  };
  const write = (doc: T | undefined, id: string): T | undefined => (doc === undefined || !shape ? doc : stampDocument(shape, collection, id, doc));
  return {
    collection,
    get: async (id) => read(await store.get<unknown>(collection, id), id),
    async update(id, fn) {
      const stored = await store.update<T>(collection, id, async (current) => write(await fn(read(current, id)), id));
      return stored === undefined ? undefined : read(stored, id);
    },
    async all() {
      return (await readCollection<unknown>(store, collection)).map(({ id, doc }) => read(doc, id)!);
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
export function singleDocument<T>(store: DocumentStore, collection: string, id: string, reader?: DocumentReader<T>): SingleDocument<T> {
  const repo = repository<T>(store, collection, reader);
  return { get: () => repo.get(id), update: (fn) => repo.update(id, fn) };
}
