import { AlignmentType, LineRuleType } from 'docx';
import type { IParagraphStyleOptions } from 'docx';
import { FIRST_LINE_INDENT, LINE_SPACING, PARAGRAPH_AFTER, SIZE } from './docx-layout.ts';

/** Style id of justified body paragraphs (1 cm first-line indent, 1.15 lines, 6 pt after). */
export const BODY_STYLE = 'CchcBody';
/** Style id of table-cell paragraphs (13 pt, left-aligned, single spacing). */
export const CELL_STYLE = 'CchcCell';
/** Style id of centred table-cell paragraphs. */
export const CELL_CENTRED_STYLE = 'CchcCellCentred';
/** Style id of bold section and subsection headings, kept with the next paragraph. */
export const HEADING_STYLE = 'CchcHeading';

/**
 * Body formatting lives in two paragraph styles rather than on every paragraph: a 3,000-unit
 * report then writes (and builds) far fewer XML nodes, and an editor can restyle it in one place.
 */
export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: BODY_STYLE,
    name: 'CCHC Body',
    basedOn: 'Normal',
    next: BODY_STYLE,
    quickFormat: true,
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE_INDENT },
      spacing: { line: LINE_SPACING, lineRule: LineRuleType.AUTO, before: 0, after: PARAGRAPH_AFTER },
    },
  },
  {
    id: HEADING_STYLE,
    name: 'CCHC Heading',
    basedOn: BODY_STYLE,
    next: BODY_STYLE,
    quickFormat: true,
    run: { bold: true },
    // A heading never ends a page alone, and stands clear of a table above it.
    paragraph: { keepNext: true, spacing: { before: PARAGRAPH_AFTER } },
  },
  {
    id: CELL_STYLE,
    name: 'CCHC Table Cell',
    basedOn: 'Normal',
    run: { size: SIZE.table },
    paragraph: { alignment: AlignmentType.LEFT, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 40, after: 40 } },
  },
  {
    id: CELL_CENTRED_STYLE,
    name: 'CCHC Table Cell Centred',
    basedOn: CELL_STYLE,
    paragraph: { alignment: AlignmentType.CENTER },
  },
];
