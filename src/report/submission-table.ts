import type { CompiledReport, UnitSubmissionRow } from '../domain/report/compiled-report.ts';
import { cellParagraphs } from './docx-paragraphs.ts';
import { TEXT_WIDTH } from './docx-layout.ts';
import { gridTable } from './docx-tables.ts';
import { SUBMISSION_STATUS_LABELS, onBehalfLabel, submissionStatus } from './report-labels.ts';
import { formatDate } from '../domain/calendar/index.ts';

const NUMBER_WIDTH = 700;
const UNIT_WIDTH = 2900;
const DATE_WIDTH = 1500;
const STATUS_WIDTH = 1500;

/** Closing table (XML, row by row): each unit, its head, the date it submitted (dd/mm/yyyy) and whether on time. */
export function submissionTable(units: UnitSubmissionRow[]): Generator<string> {
  const headWidth = TEXT_WIDTH - NUMBER_WIDTH - UNIT_WIDTH - DATE_WIDTH - STATUS_WIDTH;
  const widths = [NUMBER_WIDTH, UNIT_WIDTH, headWidth, DATE_WIDTH, STATUS_WIDTH];
  const header = ['STT', 'Đơn vị', 'Trưởng đơn vị', 'Ngày gửi', 'Tình trạng'].map((h) =>
    cellParagraphs(h, { bold: true, centred: true }),
  );
  function* rows(): Generator<string[]> {
    for (const [i, row] of units.entries()) {
      yield [
        cellParagraphs(String(i + 1), { centred: true }),
        cellParagraphs(row.unitName),
        cellParagraphs(row.onBehalfOf ? `${row.headName}\n(${onBehalfLabel(row.onBehalfOf, 'vi')})` : row.headName),
        cellParagraphs(row.submittedAt ? formatDate(row.submittedAt) : '', { centred: true }),
        cellParagraphs(SUBMISSION_STATUS_LABELS[submissionStatus(row)].vi, { centred: true }),
      ];
    }
  }
  return gridTable(widths, header, rows());
}

/** One sentence summing up the submissions, e.g. "Đã nhận 11/12 báo cáo; 2 đơn vị nộp trễ hạn; …". */
export function submissionSummary(summary: CompiledReport['summary']): string {
  const parts = [`Đã nhận ${summary.submittedCount}/${summary.targetCount} báo cáo của các đơn vị`];
  if (summary.lateCount > 0) parts.push(`${summary.lateCount} đơn vị nộp trễ hạn`);
  if (summary.missingUnits.length > 0) parts.push(`chưa nộp: ${summary.missingUnits.join(', ')}`);
  return `${parts.join('; ')}.`;
}
