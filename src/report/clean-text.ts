// Characters XML 1.0 forbids (C0 controls other than tab/newline, lone surrogates, U+FFFE/FFFF):
// one stray byte pasted from a PDF would otherwise make Word refuse the whole document.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A single character class scans megabytes of text many times faster than XML_FORBIDDEN's
// look-arounds; almost all text has none of these, and then needs no replacing at all.
// eslint-disable-next-line no-control-regex
const MAY_NEED_CLEANING = /[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** NFC-normalises user text, unifies line endings and drops characters XML cannot carry. */
export function cleanText(text: string): string {
  const nfc = text.normalize('NFC');
  if (!MAY_NEED_CLEANING.test(nfc)) return nfc;
  return nfc.replace(/\r\n?/g, '\n').replace(XML_FORBIDDEN, '');
}

/** Splits user text into its lines (after cleaning), keeping blank lines out of the ends only. */
export function textLines(text: string): string[] {
  const lines = cleanText(text).split('\n');
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  return lines;
}
