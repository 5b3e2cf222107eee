import type { UnitText } from '../domain/report/compiled-report.ts';
import { cleanText, textLines } from './clean-text.ts';
import { SIZE } from './docx-layout.ts';
import { BODY_STYLE, CELL_CENTRED_STYLE, CELL_STYLE, HEADING_STYLE } from './docx-styles.ts';
import { alignment, paragraphXml, runXml, spacingXml, styleRef } from './docx-xml.ts';
import type { RunFormat } from './docx-xml.ts';

/** A body paragraph (justified, 1 cm first-line indent) in the body style, from runs (XML). */
export function bodyParagraph(runs: string[], spaceBefore = 0): string {
  const spacing = spaceBefore === 0 ? '' : spacingXml({ before: spaceBefore });
  return paragraphXml(styleRef(BODY_STYLE) + spacing, runs.join(''));
}

/** A run of (cleaned) text; its size is written only when it differs from the 14 pt body default. */
export function textRun(text: string, options: RunFormat = {}): string {
  return runXml(cleanText(text), withoutDefaultSize(options));
}

function withoutDefaultSize(options: RunFormat): RunFormat {
  return options.size === SIZE.body ? { ...options, size: undefined } : options;
}

/** A bold heading line (section "I. …" or subsection "1. …"), indented like the body. */
export function headingParagraph(text: string): string {
  return paragraphXml(styleRef(HEADING_STYLE), textRun(text));
}

/** An italic note, used where a section has nothing in it. */
export function noteParagraph(text: string): string {
  return bodyParagraph([textRun(text, { italics: true })]);
}

/**
 * One unit's text as body paragraphs, one per line the unit wrote, the first led by the unit's
 * name in bold italics so readers know who said it.
 */
export function unitTextParagraphs(entry: UnitText): string[] {
  const lines = textLines(entry.text).filter((line) => line.trim() !== '');
  const [first = '', ...rest] = lines;
  const lead = bodyParagraph([textRun(`${entry.unitName}: `, { bold: true, italics: true }), runXml(first)]);
  return [lead, ...rest.map((line) => bodyParagraph([runXml(line)]))];
}

/**
 * Paragraphs of several units' texts, or an italic note when there are none; yielded one unit
 * at a time so a 3,000-unit section never sits in memory as XML all at once.
 */
export function* unitTextsOrNote(entries: UnitText[], emptyNote: string): Generator<string> {
  if (entries.length === 0) yield noteParagraph(emptyNote);
  for (const entry of entries) yield unitTextParagraphs(entry).join('');
}

/** A centred paragraph of one run, no indent, no space after: for header and signature blocks. */
export function centredLine(text: string, options: RunFormat & { size: number }): string {
  return paragraphXml(spacingXml({ after: 0, before: 0 }) + alignment('center'), textRun(text, options));
}

/** A paragraph of runs with no space before or after, left-aligned: for the Nơi nhận lines. */
export function tightLine(run: string): string {
  return paragraphXml(spacingXml({ after: 0, before: 0 }), run);
}

/**
 * A centred horizontal rule of the given length, drawn as the bottom border of a tiny empty
 * paragraph; NĐ 30 puts such a line under the issuing body, the motto and the trích yếu.
 */
export function ruleParagraph(length: number, containerWidth: number): string {
  const side = Math.max(0, Math.round((containerWidth - length) / 2));
  return paragraphXml(
    '<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="1"/></w:pBdr>' +
      spacingXml({ after: 0, before: 40, line: 60, lineRule: 'exact' }) +
      `<w:ind w:left="${side}" w:right="${side}"/>`,
    runXml('', { size: 2 }),
  );
}

/** An empty paragraph of exactly the given height (twips), for space between header blocks. */
export function spacerParagraph(height: number): string {
  return paragraphXml(spacingXml({ after: 0, before: 0, line: height, lineRule: 'exact' }));
}

/** Table-cell paragraphs of user text, one per line, at table size (from the cell styles). */
export function cellParagraphs(text: string, options: { bold?: boolean; centred?: boolean } = {}): string {
  const lines = textLines(text);
  const shown = lines.length === 0 ? [''] : lines;
  const style = styleRef(options.centred ? CELL_CENTRED_STYLE : CELL_STYLE);
  return shown.map((line) => paragraphXml(style, runXml(line, { bold: options.bold }))).join('');
}
