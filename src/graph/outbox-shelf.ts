import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileShelf } from '../features/ports.ts';

/**
 * Files the bot hands over in local mode, in the same folder as the .eml outbox. `fileName` must
 * already be a safe name (safeFileName); basename() is a second guard so no name can leave the
 * folder. Written to a temporary file then renamed, so a reader never sees half a document.
 */
export class OutboxShelf implements FileShelf {
  constructor(readonly dir: string) {}

  async put(fileName: string, content: Buffer | string): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, path.basename(fileName));
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, content);
    await rename(temp, file);
    return file;
  }
}
