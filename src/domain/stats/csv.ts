/** Byte order mark: without it Excel reads UTF-8 CSV as the ANSI code page and breaks Vietnamese. */
export const UTF8_BOM = '\uFEFF';

/** A text Excel or LibreOffice would run as a formula (=, +, -, @, or a tab / carriage return before one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field, always quoted: inner quotes doubled, commas and line breaks kept inside the quotes.
 * A text that begins like a formula gets a leading apostrophe, so a unit's answer such as "=HYPERLINK(…)"
 * opens as text, never as a formula (OWASP CSV injection); numbers are written as they are.
 */
export function csvField(value: string | number): string {
  const raw = typeof value === 'number' ? String(value) : value.normalize('NFC');
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return `"${text.replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV (comma separated, CRLF line ends, every field quoted), prefixed with the UTF-8 BOM. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A text cell Excel will not run as a formula (CSV injection): one starting with = + - @ (or a tab or
 * carriage return, which Excel skips before looking) gets a leading apostrophe, which Excel shows as text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
