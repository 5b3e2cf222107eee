import type { Letterhead } from '../domain/report/compiled-report.ts';
import { centredLine, ruleParagraph, spacerParagraph } from './docx-paragraphs.ts';
import { SIZE, TEXT_WIDTH, estimateTextWidth } from './docx-layout.ts';
import { borderlessTwoColumns } from './docx-tables.ts';
import { alignment, paragraphXml, runXml, spacingXml } from './docx-xml.ts';
import { formatPlaceDateLine } from './vietnam-date.ts';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

// The header reaches 1 cm into the (30 mm) left margin, as Word templates of NĐ 30 do, so that
// the quốc hiệu and a long place-and-date line each fit on one line.
const OUTDENT = 567;
const HEADER_WIDTH = TEXT_WIDTH + OUTDENT;
const LEFT_WIDTH = Math.round(HEADER_WIDTH * 0.41);
const RIGHT_WIDTH = HEADER_WIDTH - LEFT_WIDTH;

/** The document number line: the register's number once approved; until then the clerk (văn thư) writes it in. */
export function documentNumberLine(letterhead: Letterhead, number?: string): string {
  return `Số: ${number ?? '…'}/${letterhead.numberSuffix}`;
}

/**
 * Ô 1–4 of NĐ 30: issuing body and number on the left; quốc hiệu, tiêu ngữ and the
 * place-and-date line on the right; a borderless two-column table as Word templates do it (XML).
 */
export function documentHeader(letterhead: Letterhead, issuedOn: Date, number?: string): string {
  const issuingBody = letterhead.issuingBody.toLocaleUpperCase('vi');
  const agency = [
    // A line break in the configured parent body is kept ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH").
    ...letterhead.parentBody.split('\n').map((line) => centredLine(line.trim().toLocaleUpperCase('vi'), { size: SIZE.agency })),
    centredLine(issuingBody, { bold: true, size: SIZE.agency }),
    // 1/3 to 1/2 of the issuing body's line, never wider than the column.
    ruleParagraph(Math.min(LEFT_WIDTH * 0.5, Math.max(estimateTextWidth(issuingBody, SIZE.agency) * 0.45, 900)), LEFT_WIDTH),
  ];
  const nation = [
    centredLine(NATIONAL_NAME, { bold: true, size: SIZE.nationalName }),
    centredLine(MOTTO, { bold: true, size: SIZE.motto }),
    // As long as the motto itself.
    ruleParagraph(Math.min(RIGHT_WIDTH, estimateTextWidth(MOTTO, SIZE.motto)), RIGHT_WIDTH),
  ];
  // A second row keeps "Số:" and the date line level even when the issuing body wraps.
  const numberCell = [spacerParagraph(120), centredLine(documentNumberLine(letterhead, number), { size: SIZE.number })];
  const dateCell = [
    spacerParagraph(120),
    centredLine(formatPlaceDateLine(letterhead.place, issuedOn), { italics: true, size: SIZE.placeDate }),
  ];
  return borderlessTwoColumns([LEFT_WIDTH, RIGHT_WIDTH], [
    [agency.join(''), nation.join('')],
    [numberCell.join(''), dateCell.join('')],
  ], -OUTDENT);
}

/** Ô 5a: "BÁO CÁO" and the trích yếu, centred and bold, with a short rule under them (XML). */
export function documentTitle(subject: string): string {
  return [
    // The size is written even though it is the default: the title must stay 14 pt if the default changes.
    paragraphXml(spacingXml({ after: 0, before: 480 }) + alignment('center'), runXml('BÁO CÁO', { bold: true, size: SIZE.title })),
    centredLine(subject, { bold: true, size: SIZE.subject }),
    ruleParagraph(Math.min(TEXT_WIDTH * 0.4, Math.max(estimateTextWidth(subject, SIZE.subject) * 0.4, 1200)), TEXT_WIDTH),
    spacerParagraph(240),
  ].join('');
}
