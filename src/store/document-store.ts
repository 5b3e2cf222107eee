/**
 * Persistence behind one small interface: JSON documents addressed by collection and id.
 * Each document is small (one cycle's metadata, one unit's submission), so the cost of a write
 * never grows with history. A server database can implement the same interface later.
 */
export interface DocumentStore {
  /** Reads one document, or undefined when it does not exist. */
  get<T>(collection: string, id: string): Promise<T | undefined>;
  /**
   * Read-modify-write of one document, serialised per document so concurrent updates never
   * clobber each other; resolves after the new version is durably written. Returning
   * `undefined` from `fn` leaves the document unchanged.
   */
  update<T>(collection: string, id: string, fn: (current: T | undefined) => T | undefined | Promise<T | undefined>): Promise<T | undefined>;
  /** Ids of the documents in a collection (unordered). */
  list(collection: string): Promise<string[]>;
  /** Removes a document; a missing one is not an error. */
  delete(collection: string, id: string): Promise<void>;
  /** Parses every document of the named collections and their sub-collections; throws StoreCorruptError on the first bad one. */
  verify(collections: string[]): Promise<void>;
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
