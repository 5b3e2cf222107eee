/** One MIME part of an .eml written by the outbox: its headers and decoded body. */
export interface EmlPart {
  headers: string;
  body: Buffer;
}

/** Splits a multipart .eml into its parts, decoding base64 bodies. */
export function emlParts(eml: string): EmlPart[] {
  const boundary = /boundary="([^"]+)"/.exec(eml)?.[1];
  if (!boundary) throw new Error('not a multipart mail');
  return eml
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((raw) => {
      const [headers = '', ...rest] = raw.trim().split('\r\n\r\n');
      const content = rest.join('\r\n\r\n');
      return { headers, body: /base64/i.test(headers) ? Buffer.from(content.replace(/\s+/g, ''), 'base64') : Buffer.from(content) };
    });
}
