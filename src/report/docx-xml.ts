/**
 * WordprocessingML written as strings. The document is plain text with a few hundred kinds of
 * element, so building it as strings is both simpler and far cheaper than an object tree: a
 * 3,000-unit report is ~50 MB of XML that would otherwise be millions of short-lived objects.
 * Every function here takes text that cleanText() has already passed (NFC, XML-legal characters).
 */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes cleaned text for an element body or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  // Four searches for one character each (vectorised in V8) are several times faster than one character-class
  // scan: a city-scale report escapes ~30 M characters, nearly all of which need nothing.
  if (!text.includes('&') && !text.includes('<') && !text.includes('>') && !text.includes('"')) return text;
  return text.replace(/[&<>"]/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

/** Character formatting of a run; a size is in half-points. */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

/** <w:rPr> for the given formatting, or '' when the run takes everything from its style. */
export function runProperties(format: RunFormat): string {
  const bold = format.bold ? '<w:b/><w:bCs/>' : '';
  const italics = format.italics ? '<w:i/><w:iCs/>' : '';
  const size = format.size === undefined ? '' : `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/>`;
  const inner = bold + italics + size;
  return inner === '' ? '' : `<w:rPr>${inner}</w:rPr>`;
}

/** A run of cleaned text; spaces at either end are kept (xml:space="preserve"). */
export function runXml(cleanedText: string, format: RunFormat = {}): string {
  return `<w:r>${runProperties(format)}<w:t xml:space="preserve">${escapeXml(cleanedText)}</w:t></w:r>`;
}

/** A paragraph from its (already ordered) <w:pPr> children and its runs. */
export function paragraphXml(properties: string, runs = ''): string {
  return properties === '' ? `<w:p>${runs}</w:p>` : `<w:p><w:pPr>${properties}</w:pPr>${runs}</w:p>`;
}

/** Paragraph spacing in twips; `line` in 240ths of a line (auto) or twips (exact). */
export interface Spacing {
  before?: number;
  after?: number;
  line?: number;
  lineRule?: 'auto' | 'exact';
}

/** <w:spacing> with only the given attributes. */
export function spacingXml(spacing: Spacing): string {
  const attrs = [
    spacing.after === undefined ? '' : ` w:after="${spacing.after}"`,
    spacing.before === undefined ? '' : ` w:before="${spacing.before}"`,
    spacing.line === undefined ? '' : ` w:line="${spacing.line}"`,
    spacing.lineRule === undefined ? '' : ` w:lineRule="${spacing.lineRule}"`,
  ].join('');
  return `<w:spacing${attrs}/>`;
}

/** <w:pStyle> naming a paragraph style. */
export function styleRef(styleId: string): string {
  return `<w:pStyle w:val="${styleId}"/>`;
}

/** <w:jc>: paragraph alignment. */
export function alignment(value: 'left' | 'center' | 'both'): string {
  return `<w:jc w:val="${value}"/>`;
}
