// Characters XML 1.0 forbids (C0 controls other than tab/newline, lone surrogates, U+FFFE/FFFF):
// one stray byte pasted from a PDF would otherwise make Word refuse the whole document.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A single character class scans megabytes of text many times faster than XML_FORBIDDEN's
// look-arounds; almost all text has none of these, and then needs no replacing at all.
// eslint-disable-next-line no-control-regex
const MAY_NEED_CLEANING = /[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

// Text made only of these characters is its own NFC form and holds nothing XML_FORBIDDEN drops, so
// it is returned as it is: one scan instead of ICU's normaliser (a copy and a look-up per character)
// and MAY_NEED_CLEANING, on the ~30 M characters of a city-scale report. Tab, newline, printable
// ASCII, Latin-1, Latin Extended-A and -B, Latin Extended Additional (every precomposed Vietnamese
// letter) and punctuation from U+2010: each is its own NFC form and no two of them compose
// (test/report/clean-text.test.ts checks every pair). Any other character takes the full path.
const NOT_KNOWN_CLEAN = /[^\t\n\u0020-\u007E\u00A0-\u024F\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E]/;

/** Whether cleanText may change the text; false means it is returned as it is. */
export function mayChangeInCleaning(text: string): boolean {
  return NOT_KNOWN_CLEAN.test(text);
}

/** NFC-normalises user text, unifies line endings and drops characters XML cannot carry. */
export function cleanText(text: string): string {
  if (!NOT_KNOWN_CLEAN.test(text)) return text;
  const nfc = text.normalize('NFC');
  if (!MAY_NEED_CLEANING.test(nfc)) return nfc;
  return nfc.replace(/\r\n?/g, '\n').replace(XML_FORBIDDEN, '');
}

/** Splits user text into its lines (after cleaning), keeping blank lines out of the ends only. */
export function textLines(text: string): string[] {
  const cleaned = cleanText(text);
  // Most answers are one paragraph: looking for a newline is a fraction of what split costs on 2,000 characters.
  const lines = cleaned.includes('\n') ? cleaned.split('\n') : [cleaned];
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  return lines;
}
