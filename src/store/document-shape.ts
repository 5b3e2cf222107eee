import type { z } from 'zod';
import { DocumentInvalidError } from './store-errors.ts';

/** Where a document's shape version is kept; a document without it was written before versions and is version 1. */
export const SCHEMA_VERSION = 'schemaVersion';

/**
 * The shape of one collection's documents: the version written now, the zod schema that validates a document
 * at that version (loose objects: fields the schema does not name are kept, so a newer field survives a read by
 * code that does not know it), and the steps that bring an older document up, one version at a time.
 */
export interface DocumentShape<T> {
  version: number;
  schema: z.ZodType<T>;
  /** `migrations[n]` turns a version-n document into version n+1. */
  migrations?: Partial<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>>;
}

/** Brings a stored document to the current version and validates it; a bad one is a DocumentInvalidError naming collection and id. */
export function readDocument<T>(shape: DocumentShape<T>, collection: string, id: string, raw: unknown): T {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new DocumentInvalidError(collection, id, 'not a JSON object');
  const { [SCHEMA_VERSION]: stamped, ...body } = raw as Record<string, unknown>;
  const from = stamped === undefined ? 1 : stamped;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) throw new DocumentInvalidError(collection, id, `${SCHEMA_VERSION} ${JSON.stringify(stamped)} is not a version`);
  if (from > shape.version) throw new DocumentInvalidError(collection, id, `written at version ${from} by a newer bot; this one reads up to ${shape.version}`);
  let doc = body;
  for (let v = from; v < shape.version; v++) {
    const step = shape.migrations?.[v];
    if (!step) throw new DocumentInvalidError(collection, id, `no migration from version ${v}`);
    doc = step(doc);
  }
  const parsed = shape.schema.safeParse(doc);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`);
    throw new DocumentInvalidError(collection, id, issues.join('; '));
  }
  return parsed.data;
}

/**
 * The document as stored: its fields plus the version it is written at. It is validated first, so a bug never
 * writes what the next read would refuse (a DocumentInvalidError here means nothing was written).
 */
export function stampDocument<T>(shape: DocumentShape<T>, collection: string, id: string, doc: T): T {
  const stamped = { ...(doc as object), [SCHEMA_VERSION]: shape.version };
  readDocument(shape, collection, id, stamped);
  return stamped as T;
}
