import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import type { UnitText } from '../domain/report/compiled-report.ts';
import { cleanText, textLines } from './clean-text.ts';
import { SIZE } from './docx-layout.ts';
import { BODY_STYLE, CELL_CENTRED_STYLE, CELL_STYLE, HEADING_STYLE } from './docx-styles.ts';

/** A body paragraph (justified, 1 cm first-line indent) in the body style. */
export function bodyParagraph(children: TextRun[], spaceBefore = 0): Paragraph {
  return new Paragraph({
    style: BODY_STYLE,
    ...(spaceBefore === 0 ? {} : { spacing: { before: spaceBefore } }),
    children,
  });
}

/** A run of (cleaned) text; its size is written only when it differs from the 14 pt body default. */
export function textRun(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text: cleanText(text),
    ...(options.size !== undefined && options.size !== SIZE.body ? { size: options.size } : {}),
    ...(options.bold ? { bold: true } : {}),
    ...(options.italics ? { italics: true } : {}),
  });
}

/** A bold heading line (section "I. …" or subsection "1. …"), indented like the body. */
export function headingParagraph(text: string): Paragraph {
  return new Paragraph({ style: HEADING_STYLE, children: [textRun(text)] });
}

/** An italic note, used where a section has nothing in it. */
export function noteParagraph(text: string): Paragraph {
  return bodyParagraph([textRun(text, { italics: true })]);
}

/**
 * One unit's text as body paragraphs, one per line the unit wrote, the first led by the unit's
 * name in bold italics so readers know who said it.
 */
export function unitTextParagraphs(entry: UnitText): Paragraph[] {
  const lines = textLines(entry.text).filter((line) => line.trim() !== '');
  const [first = '', ...rest] = lines;
  const lead = bodyParagraph([textRun(`${entry.unitName}: `, { bold: true, italics: true }), textRun(first)]);
  return [lead, ...rest.map((line) => bodyParagraph([textRun(line)]))];
}

/** Paragraphs of several units' texts, or an italic note when there are none. */
export function unitTextsOrNote(entries: UnitText[], emptyNote: string): Paragraph[] {
  if (entries.length === 0) return [noteParagraph(emptyNote)];
  return entries.flatMap(unitTextParagraphs);
}

/** A centred paragraph of one run, no indent, no space after: for header and signature blocks. */
export function centredLine(text: string, options: { bold?: boolean; italics?: boolean; size: number }): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [textRun(text, options)],
  });
}

/**
 * A centred horizontal rule of the given length, drawn as the bottom border of a tiny empty
 * paragraph; NĐ 30 puts such a line under the issuing body, the motto and the trích yếu.
 */
export function ruleParagraph(length: number, containerWidth: number): Paragraph {
  const side = Math.max(0, Math.round((containerWidth - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 40, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/** Table-cell paragraphs of user text, one per line, at table size (from the cell styles). */
export function cellParagraphs(text: string, options: { bold?: boolean; centred?: boolean } = {}): Paragraph[] {
  const lines = textLines(text);
  const shown = lines.length === 0 ? [''] : lines;
  const style = options.centred ? CELL_CENTRED_STYLE : CELL_STYLE;
  return shown.map((line) => new Paragraph({ style, children: [textRun(line, { bold: options.bold })] }));
}
