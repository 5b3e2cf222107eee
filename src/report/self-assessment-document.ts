import type { Letterhead } from '../domain/report/compiled-report.ts';
import type { TableRow } from '../domain/self-assessment/report-table.ts';
import { textLines } from './clean-text.ts';
import { documentClosing } from './document-closing.ts';
import { documentHeader, documentTitle } from './document-header.ts';
import { bodyParagraph, cellParagraphs, headingParagraph, noteParagraph, textRun } from './docx-paragraphs.ts';
import { TEXT_WIDTH } from './docx-layout.ts';
import { gridTable } from './docx-tables.ts';
import { paragraphXml, spacingXml } from './docx-xml.ts';
import { renderDecree30Package } from './official-document.ts';
import { EMPTY_SYNTHESIS_TEXT } from './report-labels.ts';

/** What the Office's "Báo cáo tự chấm điểm" says besides the table: all in Vietnamese, as sent. */
export interface SelfAssessmentReport {
  year: number;
  /** "Kết quả tự chấm điểm chỉ số cải cách hành chính năm 2026". */
  subject: string;
  /** The document that issues the criteria set. */
  source: string;
  /** Said first when the set is a sample, so nobody reads its points as official. */
  illustrativeNote?: string;
  rows: readonly TableRow[];
  /** The standing member's parts: strengths, limitations and causes, measures and recommendations. */
  strengths: string;
  limitations: string;
  recommendations: string;
  /** The register number once approved. */
  number?: string;
}

const NUMBER_WIDTH = 900;
const POINTS_WIDTH = 1150;

const points = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

/** The table as in the City's form: STT, criterion, maximum, self-score, last year (XML, row by row). */
function scoreTable(rows: readonly TableRow[], year: number): Generator<string> {
  const widths = [NUMBER_WIDTH, TEXT_WIDTH - NUMBER_WIDTH - 3 * POINTS_WIDTH, POINTS_WIDTH, POINTS_WIDTH, POINTS_WIDTH];
  const header = ['STT', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', `Năm ${year - 1}`].map((h) => cellParagraphs(h, { bold: true, centred: true }));
  function* body(): Generator<string[]> {
    for (const r of rows) {
      const bold = r.kind === 'area' || r.kind === 'total';
      yield [
        cellParagraphs(r.number, { centred: true, bold }),
        cellParagraphs(r.kind === 'total' ? 'Tổng cộng' : r.title, { bold }),
        cellParagraphs(points(r.maxPoints), { centred: true, bold }),
        cellParagraphs(points(r.points), { centred: true, bold }),
        cellParagraphs(points(r.lastYear), { centred: true, bold }),
      ];
    }
  }
  return gridTable(widths, header, body());
}

function* textOrNote(text: string): Generator<string> {
  const lines = textLines(text).filter((l) => l.trim() !== '');
  if (lines.length === 0) yield noteParagraph(EMPTY_SYNTHESIS_TEXT);
  for (const line of lines) yield bodyParagraph([textRun(line)]);
}

function* body(report: SelfAssessmentReport, letterhead: Letterhead, issuedOn: Date): Generator<string> {
  yield documentHeader(letterhead, issuedOn, report.number);
  yield documentTitle(report.subject);
  if (report.illustrativeNote) yield noteParagraph(report.illustrativeNote);
  yield bodyParagraph([textRun(`Căn cứ ${report.source.replace(/[.;]+$/, '')}, ${letterhead.issuingBody} báo cáo kết quả tự chấm điểm chỉ số cải cách hành chính năm ${report.year} như sau:`)]);
  const total = report.rows.find((r) => r.kind === 'total')!;
  yield headingParagraph('I. KẾT QUẢ TỰ CHẤM ĐIỂM');
  const lastYear = total.lastYear === undefined ? '' : ` Năm ${report.year - 1}: ${points(total.lastYear)} điểm.`;
  yield bodyParagraph([textRun(`Tổng điểm tự chấm: ${points(total.points)}/${points(total.maxPoints)} điểm, đạt ${points(total.percent)}%.${lastYear}`)]);
  yield* scoreTable(report.rows, report.year);
  yield paragraphXml(spacingXml({ after: 120, before: 0 }));
  yield headingParagraph('II. ĐÁNH GIÁ CHUNG');
  yield headingParagraph('1. Ưu điểm');
  yield* textOrNote(report.strengths);
  yield headingParagraph('2. Hạn chế và nguyên nhân');
  yield* textOrNote(report.limitations);
  yield headingParagraph('III. GIẢI PHÁP, KIẾN NGHỊ');
  yield* textOrNote(report.recommendations);
  yield bodyParagraph([textRun(`Trên đây là báo cáo kết quả tự chấm điểm chỉ số cải cách hành chính năm ${report.year}./.`)], 160);
  // Word wants a paragraph between two adjacent tables, or it merges them.
  yield paragraphXml(spacingXml({ after: 120, before: 0 }));
  yield documentClosing(letterhead);
}

/** "Báo cáo tự chấm điểm" as a Decree 30 .docx: letterhead, title, result and table, assessment, recommendations, Nơi nhận and signature. */
export function renderSelfAssessmentDocument(report: SelfAssessmentReport, letterhead: Letterhead, issuedOn: Date): Promise<Buffer> {
  return renderDecree30Package({ title: report.subject, creator: letterhead.issuingBody, description: `Tự chấm điểm ${report.year}` }, issuedOn, body(report, letterhead, issuedOn));
}
