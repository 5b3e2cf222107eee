import type { DocumentStore, IdentifiedDoc } from './document-store.ts';

/** Reads at most this many documents at once when a store has no bulk read. */
const READ_PARALLEL = 32;

/** Every document of a collection with its id: the store's bulk read, or list + get for a store without one. */
export async function readCollection<T>(store: DocumentStore, collection: string): Promise<Array<IdentifiedDoc<T>>> {
  if (store.getAll) return store.getAll<T>(collection);
  const ids = await store.list(collection);
  const docs = await mapBounded(ids, READ_PARALLEL, (id) => store.get<T>(collection, id));
  return ids.flatMap((id, i) => (docs[i] === undefined ? [] : [{ id, doc: docs[i] }]));
}

/**
 * Maps `items` with at most `parallel` calls of `fn` in flight, results in input order. A
 * city-scale cycle has thousands of documents, and starting them all at once holds every raw buffer at once.
 */
async function mapBounded<I, O>(items: readonly I[], parallel: number, fn: (item: I) => Promise<O>): Promise<O[]> {
  const out = new Array<O>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}
