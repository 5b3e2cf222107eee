import type { Letterhead } from '../domain/report/compiled-report.ts';
import { textLines } from './clean-text.ts';
import { documentClosing } from './document-closing.ts';
import { documentHeader, documentTitle } from './document-header.ts';
import { bodyParagraph, cellParagraphs, headingParagraph, noteParagraph, textRun } from './docx-paragraphs.ts';
import { TEXT_WIDTH } from './docx-layout.ts';
import { gridTable } from './docx-tables.ts';
import { paragraphXml, spacingXml } from './docx-xml.ts';
import { renderDecree30Package } from './official-document.ts';

/** An inspection as the "Báo cáo kết quả kiểm tra" reads it: every text already in Vietnamese, dates dd/mm/yyyy. */
export interface InspectionDocumentView {
  content: string;
  periodFrom: string;
  periodTo: string;
  /** Trưởng đoàn, Phó Trưởng đoàn, thành viên: role, name and office title. */
  team: Array<{ role: string; name: string; title: string }>;
  organiser: string;
  units: Array<{ name: string; selfReport: string; evidence: string[]; verdict: string; findings: string; proposal: string }>;
  summary: string;
  conclusion?: { by: string; text: string; measures: Array<{ unit: string; content: string; deadline: string; adjusted: boolean }> };
}

const NONE = 'Không có.';

function* lines(text: string): Generator<string> {
  const shown = textLines(text).filter((l) => l.trim() !== '');
  if (shown.length === 0) yield noteParagraph(NONE);
  for (const line of shown) yield bodyParagraph([textRun(line)]);
}

/** A body paragraph led by a bold label: "Đánh giá: Đạt một phần". */
function labelled(label: string, text: string): string {
  return bodyParagraph([textRun(`${label}: `, { bold: true }), textRun(text || NONE)]);
}

function* measuresTable(measures: NonNullable<InspectionDocumentView['conclusion']>['measures']): Generator<string> {
  const widths = [700, 2600, TEXT_WIDTH - 700 - 2600 - 1500, 1500];
  const header = ['STT', 'Đơn vị', 'Biện pháp xử lý', 'Thời hạn'].map((h) => cellParagraphs(h, { bold: true, centred: true }));
  yield* gridTable(widths, header, measures.map((m, i) => [cellParagraphs(String(i + 1), { centred: true }), cellParagraphs(m.unit), cellParagraphs(m.adjusted ? `${m.content}\n(điều chỉnh so với đề xuất của Đoàn)` : m.content), cellParagraphs(m.deadline, { centred: true })]));
}

/**
 * Sections of the "Báo cáo kết quả kiểm tra" (Điều 8): what, when and by whom; the result for each
 * unit (its report and evidence, the team's assessment, findings and proposed handling); the team's
 * overall assessment; the chief's conclusion and the handling measures with their deadlines (XML).
 */
function* inspectionBody(view: InspectionDocumentView, letterhead: Letterhead, issuedOn: Date, subject: string): Generator<string> {
  yield documentHeader(letterhead, issuedOn);
  yield documentTitle(subject);
  yield headingParagraph('I. NỘI DUNG, THỜI GIAN, THÀNH PHẦN ĐOÀN KIỂM TRA');
  yield labelled('1. Nội dung kiểm tra', view.content);
  yield labelled('2. Thời gian kiểm tra', `từ ngày ${view.periodFrom} đến ngày ${view.periodTo}`);
  yield bodyParagraph([textRun('3. Thành phần Đoàn kiểm tra:', { bold: true })]);
  for (const m of view.team) yield bodyParagraph([textRun(`- ${m.role}: ${m.name}${m.title ? `, ${m.title}` : ''}.`)]);
  yield labelled('4. Đầu mối tổ chức', `${view.organiser}, Ủy viên thường trực Ban Chỉ đạo`);
  yield labelled('5. Đơn vị được kiểm tra', view.units.map((u) => u.name).join('; '));
  yield headingParagraph('II. KẾT QUẢ KIỂM TRA');
  for (const [i, unit] of view.units.entries()) {
    yield headingParagraph(`${i + 1}. ${unit.name}`);
    yield labelled('Báo cáo của đơn vị', unit.selfReport);
    if (unit.evidence.length > 0) yield labelled('Hồ sơ, tài liệu chứng minh', unit.evidence.join('; '));
    yield labelled('Đánh giá', unit.verdict);
    yield labelled('Kết quả kiểm tra', unit.findings);
    yield labelled('Đề xuất hình thức xử lý', unit.proposal);
  }
  yield headingParagraph('III. ĐÁNH GIÁ CHUNG CỦA ĐOÀN KIỂM TRA');
  yield* lines(view.summary);
  if (view.conclusion) {
    yield headingParagraph('IV. KẾT LUẬN CỦA TRƯỞNG BAN CHỈ ĐẠO');
    yield bodyParagraph([textRun(`${view.conclusion.by} kết luận:`, { italics: true })]);
    yield* lines(view.conclusion.text);
    if (view.conclusion.measures.length > 0) yield* measuresTable(view.conclusion.measures);
    else yield noteParagraph('Không có biện pháp xử lý.');
  }
  yield bodyParagraph([textRun(`Trên đây là báo cáo kết quả kiểm tra ${view.content.charAt(0).toLocaleLowerCase('vi')}${view.content.slice(1)}./.`)], 160);
  // Word wants a paragraph between two adjacent tables, or it merges them.
  yield paragraphXml(spacingXml({ after: 120, before: 0 }));
  yield documentClosing(letterhead);
}

/** "Báo cáo kết quả kiểm tra" as a Decree 30 .docx on the shared package: letterhead, title, sections I–IV, Nơi nhận and signature. */
export function renderInspectionDocument(view: InspectionDocumentView, letterhead: Letterhead, issuedOn: Date, subject: string): Promise<Buffer> {
  return renderDecree30Package({ title: subject, creator: letterhead.issuingBody, description: 'Báo cáo kết quả kiểm tra công tác CCHC' }, issuedOn, inspectionBody(view, letterhead, issuedOn, subject));
}
