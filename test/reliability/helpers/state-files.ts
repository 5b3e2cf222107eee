import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every state document under a data folder (not temp files, backups or the outbox), parsed. */
export async function readAllState(dataDir: string): Promise<Map<string, unknown>> {
  const docs = new Map<string, unknown>();
  for (const name of (await readdir(dataDir, { recursive: true })).map(String)) {
    if (!name.endsWith('.json') || path.basename(name).startsWith('.') || name.startsWith('outbox')) continue;
    // JSON.parse throws on a torn or corrupt file: the assertion is that this never throws.
    docs.set(name, JSON.parse(await readFile(path.join(dataDir, name), 'utf8')) as unknown);
  }
  return docs;
}

/** A stored submission document as the child wrote it. */
export interface StoredSubmission {
  unitId: string;
  versions: Array<{ version: number; answers: { areas: Record<string, string>; difficulties: string } }>;
}

/** Reads one unit's submission file, or undefined when the unit has not submitted. */
export async function readSubmission(dataDir: string, cycleId: string, unitId: string): Promise<StoredSubmission | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dataDir, 'cycles', cycleId, 'submissions', `${unitId}.json`), 'utf8')) as StoredSubmission;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Files in DATA_DIR/outbox (written .eml mail and .ics invitations). */
export async function outboxFiles(dataDir: string): Promise<string[]> {
  try {
    return (await readdir(path.join(dataDir, 'outbox'))).filter((n) => !n.endsWith('.tmp'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
