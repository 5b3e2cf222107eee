import type { TaskProgressEntry } from '../domain/report/compiled-report.ts';
import { cellParagraphs } from './docx-paragraphs.ts';
import { TEXT_WIDTH } from './docx-layout.ts';
import { gridTable } from './docx-tables.ts';
import { TASK_STATUS_LABELS } from './report-labels.ts';

const NUMBER_WIDTH = 700;
const UNIT_WIDTH = 2800;
const STATUS_WIDTH = 1900;

/** Phụ lục 2A progress as a table (XML, row by row): STT, unit, status, note. */
export function taskProgressTable(entries: TaskProgressEntry[]): Generator<string> {
  const widths = [NUMBER_WIDTH, UNIT_WIDTH, STATUS_WIDTH, TEXT_WIDTH - NUMBER_WIDTH - UNIT_WIDTH - STATUS_WIDTH];
  const header = ['STT', 'Đơn vị', 'Tình trạng', 'Ghi chú'].map((h) => cellParagraphs(h, { bold: true, centred: true }));
  function* rows(): Generator<string[]> {
    for (const [i, entry] of entries.entries()) {
      yield [
        cellParagraphs(String(i + 1), { centred: true }),
        cellParagraphs(entry.unitName),
        cellParagraphs(TASK_STATUS_LABELS[entry.status].vi),
        cellParagraphs(entry.note),
      ];
    }
  }
  return gridTable(widths, header, rows());
}
