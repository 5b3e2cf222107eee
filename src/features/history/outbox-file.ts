import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppServices } from '../app-services.ts';

/** Folder of files the bot hands over in local mode (same folder as the .eml outbox). */
export function outboxDir(app: AppServices): string {
  return path.join(app.config.dataDir, 'outbox');
}

/**
 * Writes a file into DATA_DIR/outbox and returns its absolute path. `fileName` must already be a
 * safe name (safeFileName); basename() is a second guard so no name can leave the folder.
 * Written to a temporary file then renamed, so a reader never sees half a document.
 */
export async function writeOutboxFile(app: AppServices, fileName: string, content: Buffer | string): Promise<string> {
  const dir = outboxDir(app);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, path.basename(fileName));
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, content);
  await rename(temp, file);
  return file;
}
