import { strFromU8, unzipSync } from 'fflate';

/** The parts of a .docx the tests read, as XML strings. */
export interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  /** Header XML by relationship type ("default", "first"), resolved through document.xml.rels. */
  headers: Record<string, string>;
  files: string[];
}

/** Unzips a .docx buffer and returns its main XML parts. */
export function readDocx(buffer: Buffer): DocxParts {
  const zip = unzipSync(new Uint8Array(buffer));
  const text = (name: string): string => {
    const file = zip[name];
    if (!file) throw new Error(`docx has no ${name}; parts: ${Object.keys(zip).join(', ')}`);
    return strFromU8(file);
  };
  const document = text('word/document.xml');
  const rels = text('word/_rels/document.xml.rels');
  const headers: Record<string, string> = {};
  for (const m of document.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    const path = target?.[1] ?? target?.[2];
    if (m[1] && path) headers[m[1]] = text(`word/${path}`);
  }
  return { document, styles: text('word/styles.xml'), settings: text('word/settings.xml'), headers, files: Object.keys(zip) };
}

/** One part of a .docx buffer as text, by its path in the zip. */
export function readDocxPart(buffer: Buffer, name: string): string {
  const file = unzipSync(new Uint8Array(buffer), { filter: (f) => f.name === name })[name];
  if (!file) throw new Error(`docx has no ${name}`);
  return strFromU8(file);
}

/** Undoes the five XML entities. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Each paragraph of the XML with its plain text (runs joined). */
export function paragraphs(xml: string): Array<{ xml: string; text: string }> {
  return Array.from(xml.matchAll(/<w:p[ >].*?<\/w:p>/gs), ([p]) => ({
    xml: p,
    text: unescapeXml(Array.from(p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g), (t) => t[1] ?? '').join('')),
  }));
}

/** The first paragraph whose text contains the needle; throws with the texts seen when none does. */
export function paragraphWith(xml: string, needle: string): { xml: string; text: string } {
  const all = paragraphs(xml);
  const found = all.find((p) => p.text.includes(needle));
  if (!found) throw new Error(`no paragraph contains ${JSON.stringify(needle)}`);
  return found;
}

/** Run properties (<w:rPr>…) of the run whose text contains the needle. */
export function runPropertiesOf(xml: string, needle: string): string {
  for (const m of xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/gs)) {
    if (unescapeXml(m[2] ?? '').includes(needle)) return m[1] ?? '';
  }
  throw new Error(`no run contains ${JSON.stringify(needle)}`);
}

/** The numeric value of an attribute in the first element matching the tag, e.g. ("w:pgSz", "w:w"). */
export function attr(xml: string, tag: string, name: string): number {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0];
  const value = element ? new RegExp(`${name}="(-?\\d+)"`).exec(element)?.[1] : undefined;
  if (value === undefined) throw new Error(`no ${tag} with ${name}`);
  return Number(value);
}

/** The XML of a paragraph style by id. */
export function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(styles);
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}
