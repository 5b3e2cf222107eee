/** Every run of the document uses this face (Nghị định 30/2020/NĐ-CP, Phụ lục I, khoản 3). */
export const FONT = 'Times New Roman';

/** Font sizes in half-points, as OOXML counts them. */
export const SIZE = {
  body: 28, // 14 pt body (13–14 allowed)
  nationalName: 26, // 13 pt, capitals, bold (12–13)
  motto: 28, // 14 pt, bold (13–14)
  agency: 24, // 12 pt (12–13): keeps "ỦY BAN NHÂN DÂN THÀNH PHỐ" on one line
  number: 26, // 13 pt
  placeDate: 26, // 13 pt italic (13–14): the long HCMC place name fits its column
  title: 28, // 14 pt "BÁO CÁO" (13–14)
  subject: 28, // 14 pt trích yếu
  recipientsLabel: 24, // 12 pt bold italic
  recipients: 22, // 11 pt
  signer: 28, // 14 pt bold (13–14)
  table: 26, // 13 pt inside tables
  pageNumber: 28, // 14 pt
} as const;

/** A4 portrait in twips. */
export const PAGE = { width: 11906, height: 16838 } as const;

// Rounded up so that "20 mm" never comes out a hair under the regulation's minimum.
const mm = (millimetres: number): number => Math.ceil((millimetres * 1440) / 25.4);

/** Margins in twips: top/bottom 20 mm, left 30 mm, right 15 mm (NĐ 30: 20–25, 30–35, 15–20). */
export const MARGIN = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;

/** Width of the text column in twips (page minus left and right margins). */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** First-line indent of body paragraphs: 1 cm. */
export const FIRST_LINE_INDENT = mm(10);

/** Body line spacing in 240ths of a line: 1.15 (NĐ 30 allows single to 1.5). */
export const LINE_SPACING = 276;

/** Space after a body paragraph in twips: 6 pt. */
export const PARAGRAPH_AFTER = 120;

/**
 * Rough width of text in twips, for sizing the short rules under headings. Times New Roman
 * capitals are about 0.7 em wide, spaces 0.25 em, other glyphs 0.5 em; good to ±10 %.
 */
export function estimateTextWidth(text: string, halfPoints: number): number {
  let ems = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === ' ') ems += 0.25;
    else if (ch !== ch.toLowerCase()) ems += 0.7;
    else ems += 0.5;
  }
  return Math.round(ems * halfPoints * 10);
}
