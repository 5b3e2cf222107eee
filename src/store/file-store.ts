import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Low, type Adapter } from 'lowdb';
import { assertSafeKey, lockOrder, type DocKey, type DocumentStore, type IdentifiedDoc, type Versioned } from './document-store.ts';
import { decodeUtf8 } from './decode-utf8.ts';
import { DirectorySync } from './directory-sync.ts';
import { deepFreeze } from '../util/deep-freeze.ts';
import { KeyedLock } from './keyed-lock.ts';
import { StoreCorruptError, VersionConflictError } from './store-errors.ts';

/**
 * lowdb's JSONFile (steno) renames the temp file without fsync, so an acknowledged update could
 * vanish on power loss; this adapter syncs the temp file first, making "resolved" mean "on disk".
 */
class DurableJsonFile implements Adapter<unknown> {
  constructor(
    readonly file: string,
    readonly directories: DirectorySync,
  ) {}

  async read(): Promise<unknown> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text);
  }

  async write(data: unknown): Promise<void> {
    await writeJsonDurably(this.file, JSON.stringify(data, null, 2), this.directories);
  }
}

/** Writes `text` to a synced temp file renamed over `file`, then syncs the folder: resolved means on disk. */
async function writeJsonDurably(file: string, text: string, directories: DirectorySync): Promise<void> {
  // Same temp name as steno (".<name>.tmp"), which list() skips.
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  // The rename itself lives in the directory entry; Windows cannot open a directory to sync it.
  // Concurrent writes into one folder share directory syncs (group commit), each still waiting for one begun after its rename.
  if (process.platform !== 'win32') await directories.sync(path.dirname(file));
}

/**
 * Files a bulk read reads synchronously before it yields to the event loop. Read one by one through libuv's
 * threadpool (open, fstat, read, close: four round trips each), a cycle's 3,000 submissions cost about twice the
 * CPU of synchronous reads (measured: 0.95–1.23 s against 0.60–0.74 s of CPU); in slices of 16 other turns
 * still run between slices (~3 ms each on a local disk, decoding and parsing included).
 */
const BULK_READ_SLICE = 16;

/**
 * Documents kept in memory, least recently used out first: at city scale every member's conversation reference
 * and settings (3,000 × ~1 KB) and the open cycle stay in, while many large documents read one by one (a compile
 * reads through getAll, which bypasses the cache) pass through the byte budget instead of growing the process.
 */
const CACHE_LIMIT = 8192;
const CACHE_BYTES = 24 * 1024 * 1024;

/**
 * A written document whose content is not kept, only its version: a report just stored (~13 KB at city scale, and
 * 3,000 of them in a quarter) would otherwise fill the byte budget and push out what every turn reads (conversation
 * references, settings), which then come from disk again. Read next, it is read from disk at the same version.
 */
const ON_DISK = Symbol('on disk');

/** A written document's content stays in the cache when it existed before the write (the open cycle) or is this small. */
const KEEP_WRITTEN_CHARS = 4096;

/** What this process knows of one file: its content (undefined = missing; frozen, as `readShared` hands it out; ON_DISK: on disk only) and the version it handed out for it. */
interface Known {
  value: unknown;
  version: number;
  /** Characters of its JSON, what it costs the cache's byte budget. */
  size: number;
}

/** A decision over several documents, written down before any of them is touched. */
interface JournalEntry {
  collection: string;
  id: string;
  doc: unknown;
}

const JOURNAL_DIR = '.journal';

/**
 * lowdb JSON files under a data folder, one file per document (DATA_DIR/<collection>/<id>.json).
 * Writes go to a synced temp file that is then renamed over the document, so a crash never leaves a torn file;
 * before a file is first rewritten in a process, the last good copy is kept as `<file>.bak`.
 * Several documents written as one decision go through a synced journal first (DATA_DIR/.journal), replayed at start
 * when a crash stopped them half-way. One process owns a data folder: versions are this process's, locks are in memory.
 */
export class FileStore implements DocumentStore {
  readonly #root: string;
  readonly #lock = new KeyedLock();
  readonly #directories = new DirectorySync();
  readonly #dirs = new Set<string>();
  /** Files whose last good copy this process already kept (once per file and process is enough). */
  readonly #backedUp = new Set<string>();
  /** Recently used documents by file, least recently used first. */
  readonly #cache = new Map<string, Known>();
  #cachedBytes = 0;
  /**
   * The document names of each folder this process has looked into, listed once: this process owns the folder
   * and every write or delete goes through it, so a name that is not here is a missing document, answered without
   * a failed open() (a first submission, a member without settings) on every turn.
   */
  readonly #names = new Map<string, Promise<Set<string>>>();
  /** Versions are unique across the process: a document read again after leaving the cache gets a new one (a stale reader then conflicts). */
  #lastVersion = 0;

  constructor(root: string) {
    this.#root = path.resolve(root);
  }

  #file(collection: string, id: string): string {
    assertSafeKey(collection, id);
    return path.join(this.#root, ...collection.split('/'), `${id}.json`);
  }

  /** Reads one document from disk (a missing file is `undefined`); a file that does not parse is corrupt. */
  async #readDisk(file: string): Promise<{ value: unknown; size: number }> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { value: undefined, size: 0 };
      throw error;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new StoreCorruptError(file, error);
    }
    // As lowdb reads it: a file holding `null` is no document.
    return { value: value === null ? undefined : value, size: text.length };
  }

  /** The names of the documents in `dir` (file names without `.json`), from one readdir per folder and process. */
  #namesIn(dir: string): Promise<Set<string>> {
    let names = this.#names.get(dir);
    if (!names) {
      names = readdir(dir).then(
        (entries) => new Set(entries.filter((n) => n.endsWith('.json') && !n.startsWith('.'))),
        (error: unknown) => {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set<string>();
          this.#names.delete(dir);
          throw error;
        },
      );
      this.#names.set(dir, names);
    }
    return names;
  }

  /**
   * The current content of a document: from the cache of recently used documents (the open cycle,
   * absences, conversation references are read on every turn), else from disk unless the folder's
   * listing says it does not exist.
   */
  async #current(file: string): Promise<Known> {
    const cached = this.#cache.get(file);
    if (cached && cached.value !== ON_DISK) {
      this.#cache.delete(file);
      this.#cache.set(file, cached);
      return cached;
    }
    const exists = cached !== undefined || (await this.#namesIn(path.dirname(file))).has(path.basename(file));
    const { value, size } = exists ? await this.#readDisk(file) : { value: undefined, size: 0 };
    // This process wrote it last (ON_DISK): what is on disk is that version.
    const version = value === undefined ? 0 : (cached?.version ?? ++this.#lastVersion);
    const known = { value: deepFreeze(value), version, size };
    this.#remember(file, known);
    return known;
  }

  #remember(file: string, known: Known): void {
    this.#forget(file);
    this.#cache.set(file, known);
    this.#cachedBytes += known.size;
    while (this.#cache.size > CACHE_LIMIT || (this.#cachedBytes > CACHE_BYTES && this.#cache.size > 1)) this.#forget(this.#cache.keys().next().value!);
  }

  #forget(file: string): void {
    const known = this.#cache.get(file);
    if (!known) return;
    this.#cache.delete(file);
    this.#cachedBytes -= known.size;
  }

  get<T>(collection: string, id: string): Promise<T | undefined> {
    return this.read<T>(collection, id).then((r) => r?.doc);
  }

  read<T>(collection: string, id: string): Promise<Versioned<T> | undefined> {
    const file = this.#file(collection, id);
    // Reads wait for pending writes of the same document so they see acknowledged data; callers get their own copy.
    return this.#lock.run(file, async () => {
      const known = await this.#current(file);
      return known.value === undefined ? undefined : { doc: structuredClone(known.value) as T, version: known.version };
    });
  }

  readShared<T>(collection: string, id: string): Promise<Versioned<Readonly<T>> | undefined> {
    const file = this.#file(collection, id);
    return this.#lock.run(file, async () => {
      const known = await this.#current(file);
      return known.value === undefined ? undefined : { doc: known.value as T, version: known.version };
    });
  }

  write<T>(collection: string, id: string, doc: T, expected: number): Promise<number> {
    const file = this.#file(collection, id);
    return this.#lock.run(file, async () => {
      const known = await this.#current(file);
      if (known.version !== expected) throw new VersionConflictError(`${collection}/${id}`, expected);
      return this.#put(file, known.value, doc);
    });
  }

  update<T>(collection: string, id: string, fn: (current: T | undefined) => T | undefined | Promise<T | undefined>): Promise<T | undefined> {
    const file = this.#file(collection, id);
    return this.#lock.run(file, async () => {
      const known = await this.#current(file);
      const next = await fn(structuredClone(known.value) as T | undefined);
      if (next === undefined) return structuredClone(known.value) as T | undefined;
      await this.#put(file, known.value, next);
      return next;
    });
  }

  async updateMany(keys: DocKey[], fn: (current: unknown[]) => Array<unknown> | Promise<Array<unknown>>): Promise<unknown[]> {
    const files = keys.map((k) => this.#file(k.collection, k.id));
    const ordered = lockOrder(keys).map((name) => path.join(this.#root, ...name.split('/')) + '.json');
    return this.#lock.runAll(ordered, async () => {
      const known = await Promise.all(files.map((f) => this.#current(f)));
      const next = await fn(known.map((k) => structuredClone(k.value)));
      const changed = keys.flatMap((k, i) => (next[i] === undefined ? [] : [{ collection: k.collection, id: k.id, doc: next[i] } satisfies JournalEntry]));
      if (changed.length > 1) {
        // All or nothing: the decision is on disk before its first document is, and replayed at start if a crash cuts it short.
        const journal = path.join(this.#root, JOURNAL_DIR, `${randomUUID()}.json`);
        await this.#ensureDir(path.dirname(journal));
        await new Low<unknown>(new DurableJsonFile(journal, this.#directories), changed).write();
        for (const entry of changed) {
          const i = keys.findIndex((k) => k.collection === entry.collection && k.id === entry.id);
          await this.#put(files[i]!, known[i]!.value, entry.doc);
        }
        await rm(journal, { force: true });
      } else if (changed.length === 1) {
        const i = keys.findIndex((k) => k.collection === changed[0]!.collection && k.id === changed[0]!.id);
        await this.#put(files[i]!, known[i]!.value, changed[0]!.doc);
      }
      return files.map((f, i) => structuredClone(next[i] !== undefined ? next[i] : known[i]!.value));
    });
  }

  async #ensureDir(dir: string): Promise<void> {
    if (this.#dirs.has(dir)) return;
    await mkdir(dir, { recursive: true });
    this.#dirs.add(dir);
  }

  /** Durably replaces one document (caller holds its lock); returns its new version. */
  async #put(file: string, before: unknown, next: unknown): Promise<number> {
    await this.#ensureDir(path.dirname(file));
    // A document this process created has no earlier good copy to keep.
    if (before === undefined) this.#backedUp.add(file);
    else if (!this.#backedUp.has(file)) {
      await copyFile(file, `${file}.bak`);
      this.#backedUp.add(file);
    }
    const text = JSON.stringify(next, null, 2);
    try {
      await writeJsonDurably(file, text, this.#directories);
    } catch (error) {
      // What is on disk is unknown now; the next read goes back to the file (the listing is dropped too: the rename may have happened).
      this.#forget(file);
      this.#names.delete(path.dirname(file));
      throw error;
    }
    (await this.#namesIn(path.dirname(file))).add(path.basename(file));
    const version = ++this.#lastVersion;
    // A new document's content (a first report) is not kept unless small; one that existed was read into the cache to be rewritten.
    const keep = text.length <= KEEP_WRITTEN_CHARS || before !== undefined;
    this.#remember(file, keep ? { value: deepFreeze(structuredClone(next)), version, size: text.length } : { value: ON_DISK, version, size: 0 });
    return version;
  }

  async list(collection: string): Promise<string[]> {
    assertSafeKey(collection, 'x');
    const dir = path.join(this.#root, ...collection.split('/'));
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => n.slice(0, -'.json'.length));
  }

  /**
   * Every document of a collection straight from disk: not through the cache (a compile reads thousands, which
   * would evict every turn's hot documents), not cloned (nothing else holds these objects) and not behind the
   * per-document locks: a file is only ever replaced by a rename, so a read sees the last acknowledged content or
   * a newer one, never a torn file. A file deleted since the listing is left out.
   */
  async getAll<T>(collection: string): Promise<Array<IdentifiedDoc<T>>> {
    const ids = await this.list(collection);
    const docs: Array<IdentifiedDoc<T>> = [];
    for (const [i, id] of ids.entries()) {
      if (i > 0 && i % BULK_READ_SLICE === 0) await nextTurn();
      const file = this.#file(collection, id);
      let text: string;
      try {
        text = decodeUtf8(readFileSync(file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (error) {
        throw new StoreCorruptError(file, error);
      }
      // As #readDisk (and lowdb): a file holding `null` is no document.
      if (doc !== null) docs.push({ id, doc: doc as T });
    }
    return docs;
  }

  async delete(collection: string, id: string): Promise<void> {
    const file = this.#file(collection, id);
    await this.#lock.run(file, async () => {
      this.#forget(file);
      await rm(file, { force: true });
      (await this.#namesIn(path.dirname(file))).delete(path.basename(file));
    });
  }

  async verify(collections: string[]): Promise<void> {
    await this.#replayJournals();
    for (const collection of collections) {
      assertSafeKey(collection, 'x');
      await this.#verifyDir(path.join(this.#root, ...collection.split('/')));
    }
  }

  async close(): Promise<void> {
    // Every write was synced before it resolved; no handle stays open.
  }

  /** Finishes decisions a crash cut short: every journal still on disk is applied again (idempotent), then removed. */
  async #replayJournals(): Promise<void> {
    const dir = path.join(this.#root, JOURNAL_DIR);
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const name of names) {
      const journal = path.join(dir, name);
      const entries = (await this.#readDisk(journal)).value as JournalEntry[];
      for (const entry of entries) {
        const file = this.#file(entry.collection, entry.id);
        await this.#lock.run(file, async () => {
          await this.#put(file, (await this.#readDisk(file)).value, entry.doc);
        });
      }
      await rm(journal, { force: true });
    }
  }

  /** Parses every document in a folder and its sub-collections (cycles/<id>/submissions...). */
  async #verifyDir(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await this.#verifyDir(full);
        continue;
      }
      // Temp files (".x.json.tmp") are half-written leftovers of a crash and `.bak` copies are not read.
      if (!entry.name.endsWith('.json') || entry.name.startsWith('.')) continue;
      const text = await readFile(full, 'utf8');
      try {
        JSON.parse(text);
      } catch (error) {
        throw new StoreCorruptError(full, error);
      }
    }
  }
}
