import { FIRST_LINE_INDENT, FONT, LINE_SPACING, PARAGRAPH_AFTER, SIZE } from './docx-layout.ts';
import { W_NAMESPACES, XML_DECLARATION } from './docx-namespaces.ts';
import { escapeXml } from './docx-xml.ts';

/** Style id of justified body paragraphs (1 cm first-line indent, 1.15 lines, 6 pt after). */
export const BODY_STYLE = 'CchcBody';
/** Style id of table-cell paragraphs (13 pt, left-aligned, single spacing). */
export const CELL_STYLE = 'CchcCell';
/** Style id of centred table-cell paragraphs. */
export const CELL_CENTRED_STYLE = 'CchcCellCentred';
/** Style id of bold section and subsection headings, kept with the next paragraph. */
export const HEADING_STYLE = 'CchcHeading';

const font = escapeXml(FONT);

// Every run inherits Times New Roman 14 pt, Vietnamese, from here; the document only writes
// what differs. All four font slots are named so no theme font can creep in.
const DOC_DEFAULTS =
  '<w:docDefaults><w:rPrDefault><w:rPr>' +
  `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>` +
  `<w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/><w:lang w:val="vi-VN"/>` +
  `</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="${LINE_SPACING}"/></w:pPr></w:pPrDefault></w:docDefaults>`;

const NORMAL_STYLES =
  '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="table" w:styleId="TableNormal" w:default="1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>' +
  '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:type="dxa" w:w="0"/><w:tblCellMar><w:top w:type="dxa" w:w="0"/>' +
  '<w:left w:type="dxa" w:w="108"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="108"/></w:tblCellMar></w:tblPr></w:style>';

/**
 * Body formatting lives in four paragraph styles rather than on every paragraph: a 3,000-unit
 * report then writes far less XML, and an editor can restyle it in one place.
 */
const CCHC_STYLES =
  `<w:style w:type="paragraph" w:styleId="${BODY_STYLE}"><w:name w:val="CCHC Body"/><w:basedOn w:val="Normal"/>` +
  `<w:next w:val="${BODY_STYLE}"/><w:qFormat/><w:pPr>` +
  `<w:spacing w:after="${PARAGRAPH_AFTER}" w:before="0" w:line="${LINE_SPACING}" w:lineRule="auto"/>` +
  `<w:ind w:firstLine="${FIRST_LINE_INDENT}"/><w:jc w:val="both"/></w:pPr></w:style>` +
  // A heading never ends a page alone, and stands clear of a table above it.
  `<w:style w:type="paragraph" w:styleId="${HEADING_STYLE}"><w:name w:val="CCHC Heading"/><w:basedOn w:val="${BODY_STYLE}"/>` +
  `<w:next w:val="${BODY_STYLE}"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="${PARAGRAPH_AFTER}"/></w:pPr>` +
  '<w:rPr><w:b/><w:bCs/></w:rPr></w:style>' +
  `<w:style w:type="paragraph" w:styleId="${CELL_STYLE}"><w:name w:val="CCHC Table Cell"/><w:basedOn w:val="Normal"/>` +
  '<w:pPr><w:spacing w:after="40" w:before="40" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>' +
  `<w:rPr><w:sz w:val="${SIZE.table}"/><w:szCs w:val="${SIZE.table}"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="${CELL_CENTRED_STYLE}"><w:name w:val="CCHC Table Cell Centred"/>` +
  `<w:basedOn w:val="${CELL_STYLE}"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>`;

/** word/styles.xml: document defaults (font, size, language, spacing) and the CCHC paragraph styles. */
export function stylesXml(): string {
  return `${XML_DECLARATION}<w:styles ${W_NAMESPACES}>${DOC_DEFAULTS}${NORMAL_STYLES}${CCHC_STYLES}</w:styles>`;
}
