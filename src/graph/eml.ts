import { randomUUID } from 'node:crypto';
import type { OutgoingMail } from '../features/ports.ts';

/** RFC 2047 encoded-word for non-ASCII header text (subjects and names in Vietnamese). */
function encodeHeader(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function base64Lines(content: Buffer): string {
  return content.toString('base64').replace(/.{1,76}/g, '$&\r\n');
}

/** Builds a MIME message (.eml) that Outlook opens as an unsent mail with its attachments. */
export function buildEml(mail: OutgoingMail, from: string, date: Date): string {
  const boundary = `cchc-${randomUUID()}`;
  const headers = [
    `From: ${from}`,
    `To: ${mail.to.join(', ')}`,
    ...(mail.cc.length ? [`Cc: ${mail.cc.join(', ')}`] : []),
    `Subject: ${encodeHeader(mail.subject)}`,
    `Date: ${date.toUTCString()}`,
    `Message-ID: <${mail.key.replace(/[^A-Za-z0-9.-]/g, '-')}@cchc-bot.local>`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const parts = [
    [`--${boundary}`, 'Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64Lines(Buffer.from(mail.html, 'utf8'))].join('\r\n'),
    ...mail.attachments.map((a) =>
      [
        `--${boundary}`,
        `Content-Type: ${a.contentType}; name="${encodeHeader(a.name)}"`,
        'Content-Transfer-Encoding: base64',
        `Content-Disposition: attachment; filename="${encodeHeader(a.name)}"`,
        '',
        base64Lines(a.content),
      ].join('\r\n'),
    ),
  ];
  return `${headers.join('\r\n')}\r\n\r\n${parts.join('\r\n')}\r\n--${boundary}--\r\n`;
}
