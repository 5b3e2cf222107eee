/**
 * Copies a file store (DATA_DIR) into PostgreSQL and proves the copy: per collection, the number of documents
 * and a checksum over every document (SHA-256 of canonical JSON, so JSONB's key order does not matter) must be
 * the same on both sides. A document already in the database is left as it is, so a second run changes nothing;
 * one that differs from its file is reported and the run fails.
 *
 * Usage: npm run migrate-store -- --from data/state --to "$DATABASE_URL"
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { canonicalJson } from '../src/domain/canonical-json.ts';
import { FileStore } from '../src/store/file-store.ts';
import { PostgresStore } from '../src/store/postgres/postgres-store.ts';
import { VersionConflictError } from '../src/store/store-errors.ts';

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
if (!values.from || !values.to) {
  console.error('Cách dùng / usage: npm run migrate-store -- --from data/state --to "postgres://user:password@host:5432/db"');
  process.exit(2);
}
const root = path.resolve(values.from);

/** Every collection of the file store: folders (at any depth) holding documents; the outbox and hidden folders are not. */
async function collections(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || (prefix === '' && entry.name === 'outbox')) continue;
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    const inside = await readdir(path.join(dir, entry.name));
    if (inside.some((n) => n.endsWith('.json') && !n.startsWith('.'))) found.push(name);
    found.push(...(await collections(path.join(dir, entry.name), name)));
  }
  return found;
}

const digest = (doc: unknown) => createHash('sha256').update(canonicalJson(doc)).digest('hex');

const files = new FileStore(root);
const names = await collections(root);
// Replays any half-written several-document decision and refuses a corrupt file before anything is copied.
await files.verify(names);
const db = await PostgresStore.open(values.to);
let failed = false;
try {
  console.log('collection\tfiles\trows\tcopied\tchecksum');
  for (const collection of names.sort()) {
    const ids = await files.list(collection);
    let copied = 0;
    const fileSum = createHash('sha256');
    const dbSum = createHash('sha256');
    const differing: string[] = [];
    for (const id of ids.sort()) {
      const doc = await files.get(collection, id);
      try {
        await db.write(collection, id, doc, 0);
        copied++;
      } catch (error) {
        // Already there (an earlier run, or written by the bot since): compared below, never overwritten.
        if (!(error instanceof VersionConflictError)) throw error;
      }
      const stored = await db.get(collection, id);
      fileSum.update(digest(doc));
      dbSum.update(digest(stored));
      if (digest(doc) !== digest(stored)) differing.push(id);
    }
    const rows = (await db.list(collection)).length;
    const same = fileSum.digest('hex') === dbSum.digest('hex');
    console.log(`${collection}\t${ids.length}\t${rows}\t${copied}\t${same ? 'ok' : 'DIFFERENT'}`);
    if (rows !== ids.length || !same) {
      failed = true;
      if (differing.length) console.error(`  ${collection}: khác với tệp / differ from their files: ${differing.slice(0, 20).join(', ')}`);
      if (rows !== ids.length) console.error(`  ${collection}: ${rows} dòng trong cơ sở dữ liệu, ${ids.length} tệp / rows in the database vs files`);
    }
  }
} finally {
  await db.close();
}
if (failed) {
  console.error('Kiểm tra không khớp: xem các dòng trên / verification failed: see the lines above');
  process.exit(1);
}
console.log('Đã sao chép và kiểm tra / copied and verified');
