import type { CompiledReport, Letterhead } from '../domain/report/compiled-report.ts';
import { cellParagraphs, centredLine, spacerParagraph } from './docx-paragraphs.ts';
import { SIZE, TEXT_WIDTH } from './docx-layout.ts';
import { gridTable } from './docx-tables.ts';
import { documentNumberLine } from './document-header.ts';
import { paragraphXml } from './docx-xml.ts';
import { vietnamDateParts } from './vietnam-date.ts';

const NUMBER_WIDTH = 700;
const UNIT_WIDTH = 3000;

/** Word starts the appendix on a page of its own. */
const PAGE_BREAK = paragraphXml('', '<w:r><w:br w:type="page"/></w:r>');

/** "(Kèm theo Báo cáo số 15/BC-VP ngày 14/12/2026 của Văn phòng …)": ties the appendix to its report. */
export function appendixReference(letterhead: Letterhead, issuedOn: Date, number?: string): string {
  const { day, month, year } = vietnamDateParts(issuedOn);
  const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  const issuer = letterhead.issuingBody.charAt(0) + letterhead.issuingBody.slice(1).toLocaleLowerCase('vi');
  return `(Kèm theo Báo cáo ${documentNumberLine(letterhead, number).replace(/^Số: /, 'số ')} ngày ${date} của ${issuer})`;
}

/**
 * Phụ lục after the signature: the units' evidence links (tài liệu kiểm chứng), one row per unit,
 * one link per line, so the City's reviewers can open each proof from the document. Nothing when
 * no unit gave a link (XML, block by block).
 */
export function* evidenceAppendix(report: CompiledReport, letterhead: Letterhead, issuedOn: Date, number?: string): Generator<string> {
  const units = report.evidence.filter((e) => e.urls.length > 0);
  if (units.length === 0) return;
  yield PAGE_BREAK;
  yield centredLine('Phụ lục', { bold: true, size: SIZE.title });
  yield centredLine('TÀI LIỆU KIỂM CHỨNG CỦA CÁC ĐƠN VỊ', { bold: true, size: SIZE.subject });
  yield centredLine(appendixReference(letterhead, issuedOn, number), { italics: true, size: SIZE.placeDate });
  yield spacerParagraph(240);
  const widths = [NUMBER_WIDTH, UNIT_WIDTH, TEXT_WIDTH - NUMBER_WIDTH - UNIT_WIDTH];
  const header = ['STT', 'Đơn vị', 'Tài liệu kiểm chứng'].map((h) => cellParagraphs(h, { bold: true, centred: true }));
  yield* gridTable(
    widths,
    header,
    units.map((e, i) => [cellParagraphs(String(i + 1), { centred: true }), cellParagraphs(e.unitName), cellParagraphs(e.urls.join('\n'))]),
  );
}
