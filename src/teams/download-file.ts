import type { Activity } from '@microsoft/agents-activity';

/** Teams' attachment for a file a user sent in a 1:1 chat with a bot that supports files. */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

/** Largest file the bot downloads: a yearly plan or a criteria table is far below this. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface SentFile {
  name: string;
  downloadUrl: string;
}

/** The file a message carries (the first one), if any. */
export function sentFile(activity: Activity): SentFile | undefined {
  for (const a of activity.attachments ?? []) {
    const content = a.content as { downloadUrl?: unknown } | undefined;
    if (a.contentType === FILE_DOWNLOAD_INFO && typeof content?.downloadUrl === 'string' && /^https?:\/\//.test(content.downloadUrl)) {
      return { name: (a.name ?? 'file').normalize('NFC'), downloadUrl: content.downloadUrl };
    }
  }
  return undefined;
}

/** The download failed or the file is larger than MAX_FILE_BYTES. */
export class FileDownloadError extends Error {
  readonly tooLarge: boolean;

  constructor(message: string, tooLarge: boolean) {
    super(message);
    this.tooLarge = tooLarge;
  }
}

/**
 * Fetches a sent file. The download URL is short-lived and pre-authorised by Teams (no token is
 * sent with it); the size is checked while reading, so a huge file is never held in memory.
 */
export async function downloadFile(file: SentFile, timeoutMs = 20_000): Promise<Buffer> {
  const response = await fetch(file.downloadUrl, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  if (!response.ok || !response.body) throw new FileDownloadError(`download answered ${response.status}`, false);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_FILE_BYTES) throw new FileDownloadError(`file larger than ${MAX_FILE_BYTES} bytes`, true);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
