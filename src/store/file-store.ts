import { copyFile, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { assertSafeKey, type DocumentStore } from './document-store.ts';
import { KeyedLock } from './keyed-lock.ts';
import { StoreCorruptError } from './store-errors.ts';

/**
 * lowdb's JSONFile (steno) renames the temp file without fsync, so an acknowledged update could
 * vanish on power loss; this adapter syncs the temp file first, making "resolved" mean "on disk".
 */
class DurableJsonFile implements Adapter<unknown> {
  constructor(readonly file: string) {}

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
    // Same temp name as steno (".<name>.tmp"), which list() skips.
    const temp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.tmp`);
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(JSON.stringify(data, null, 2), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, this.file);
    // The rename itself lives in the directory entry; Windows cannot open a directory to sync it.
    if (process.platform !== 'win32') {
      const dir = await open(path.dirname(this.file), 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    }
  }
}

/** Documents kept in memory: enough for every turn's hot documents, small next to a city-scale compile. */
const CACHE_LIMIT = 512;

/**
 * lowdb JSON files under a data folder, one file per document (DATA_DIR/<collection>/<id>.json).
 * Writes go to a synced temp file that is then renamed over the document, so a crash never leaves a torn file;
 * before a file is first rewritten in a process, the last good copy is kept as `<file>.bak`.
 */
export class FileStore implements DocumentStore {
  readonly #root: string;
  readonly #lock = new KeyedLock();
  readonly #dirs = new Set<string>();
  /** Files whose last good copy this process already kept (once per file and process is enough). */
  readonly #backedUp = new Set<string>();
  /** Recently used documents by file (undefined = known missing), least recently used first. */
  readonly #cache = new Map<string, unknown>();

  constructor(root: string) {
    this.#root = path.resolve(root);
  }

  #file(collection: string, id: string): string {
    assertSafeKey(collection, id);
    return path.join(this.#root, ...collection.split('/'), `${id}.json`);
  }

  /** Reads one document from disk (a missing file is `undefined`); a file that does not parse is corrupt. */
  async #readDisk(file: string): Promise<unknown> {
    const db = new Low<unknown>(new DurableJsonFile(file), null);
    try {
      await db.read();
    } catch (error) {
      throw new StoreCorruptError(file, error);
    }
    return db.data === null ? undefined : db.data;
  }

  /**
   * The current content of a document: from a small cache of recently used documents (the open cycle,
   * absences, conversation references are read on every turn), else from disk. Bulk reads (a compile
   * reads thousands of submissions) pass through without pinning them in memory.
   */
  async #current(file: string): Promise<unknown> {
    if (this.#cache.has(file)) {
      const value = this.#cache.get(file);
      this.#cache.delete(file);
      this.#cache.set(file, value);
      return value;
    }
    const value = await this.#readDisk(file);
    this.#remember(file, value);
    return value;
  }

  #remember(file: string, value: unknown): void {
    this.#cache.delete(file);
    this.#cache.set(file, value);
    if (this.#cache.size > CACHE_LIMIT) this.#cache.delete(this.#cache.keys().next().value!);
  }

  get<T>(collection: string, id: string): Promise<T | undefined> {
    const file = this.#file(collection, id);
    // Reads wait for pending writes of the same document so they see acknowledged data; callers get their own copy.
    return this.#lock.run(file, async () => structuredClone(await this.#current(file)) as T | undefined);
  }

  update<T>(collection: string, id: string, fn: (current: T | undefined) => T | undefined | Promise<T | undefined>): Promise<T | undefined> {
    const file = this.#file(collection, id);
    return this.#lock.run(file, async () => {
      const current = structuredClone(await this.#current(file)) as T | undefined;
      const next = await fn(current);
      if (next === undefined) return current;
      const dir = path.dirname(file);
      if (!this.#dirs.has(dir)) {
        await mkdir(dir, { recursive: true });
        this.#dirs.add(dir);
      }
      // A document this process created has no earlier good copy to keep.
      if (current === undefined) this.#backedUp.add(file);
      else if (!this.#backedUp.has(file)) {
        await copyFile(file, `${file}.bak`);
        this.#backedUp.add(file);
      }
      try {
        await new Low<unknown>(new DurableJsonFile(file), next).write();
      } catch (error) {
        // What is on disk is unknown now; the next read goes back to the file.
        this.#cache.delete(file);
        throw error;
      }
      this.#remember(file, structuredClone(next));
      return next;
    });
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

  async delete(collection: string, id: string): Promise<void> {
    const file = this.#file(collection, id);
    await this.#lock.run(file, async () => {
      this.#cache.delete(file);
      await rm(file, { force: true });
    });
  }

  async verify(collections: string[]): Promise<void> {
    for (const collection of collections) {
      assertSafeKey(collection, 'x');
      await this.#verifyDir(path.join(this.#root, ...collection.split('/')));
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
