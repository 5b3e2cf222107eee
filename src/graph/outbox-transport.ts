import { mkdir, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { OutgoingMail } from '../features/ports.ts';
import type { Clock } from '../features/clock.ts';
import { buildEml } from './eml.ts';
import type { FileMailTransport } from './mail-transport.ts';
import { safeFileName } from '../util/safe-file-name.ts';

/** Local mode: each mail becomes an .eml file in DATA_DIR/outbox, openable in Outlook. */
export class OutboxTransport implements FileMailTransport {
  readonly kind = 'outbox' as const;

  constructor(
    readonly dir: string,
    private readonly from: string,
    private readonly clock: Clock,
  ) {}

  async deliver(mail: OutgoingMail): Promise<{ path: string }> {
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, safeFileName(mail.key, 'eml'));
    const temp = `${file}.tmp`;
    await writeFile(temp, buildEml(mail, this.from, this.clock()));
    await rename(temp, file);
    return { path: file };
  }
}
