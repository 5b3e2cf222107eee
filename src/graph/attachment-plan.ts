import type { MailAttachment } from '../features/ports.ts';

const MiB = 1024 * 1024;

/**
 * Graph refuses a request over 4 MB (https://learn.microsoft.com/graph/outlook-large-attachments),
 * and inline attachments travel as base64 (4 bytes per 3). The draft's JSON carries the HTML body
 * too, so the inline budget is what is left of 4 MB after the body and some room for the JSON.
 */
export const GRAPH_REQUEST_LIMIT = 4 * MiB;
/** Graph's own rule: a file of 3 MB or more goes through an upload session, not inline. */
export const INLINE_RAW_LIMIT = 3 * MiB;
/** Upload sessions refuse files under 3 MB (ErrorAttachmentSizeShouldNotBeLessThanMinimumSize); those are POSTed one by one. */
export const UPLOAD_SESSION_MIN = 3 * MiB;
/** Room for the JSON around the attachments (subject, recipients, property names). */
const JSON_ROOM = 64 * 1024;

/** Bytes of an attachment once base64-encoded. */
function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/**
 * Which attachments go inline in the draft's POST and which are added to the draft afterwards.
 * Deterministic for a mail, so a retry after a crash computes the same split as the first attempt.
 */
export function planAttachments(html: string, attachments: MailAttachment[]): { inline: MailAttachment[]; later: MailAttachment[] } {
  const inline: MailAttachment[] = [];
  const later: MailAttachment[] = [];
  let raw = 0;
  const room = GRAPH_REQUEST_LIMIT - Buffer.byteLength(html, 'utf8') - JSON_ROOM;
  for (const attachment of attachments) {
    const next = raw + attachment.content.length;
    if (next < INLINE_RAW_LIMIT && base64Length(next) <= room) {
      inline.push(attachment);
      raw = next;
    } else {
      later.push(attachment);
    }
  }
  return { inline, later };
}

/** Upload chunks are a multiple of 320 KiB (what Microsoft's upload sessions expect) and stay under Graph's 4 MB per request. */
export const UPLOAD_CHUNK_BYTES = 10 * 320 * 1024;
