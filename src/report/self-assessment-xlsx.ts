import { loadExcel } from '../util/exceljs.ts';
import type { TableRow } from '../domain/self-assessment/report-table.ts';

/** What heads the sheet: the office, the title, and the notes under it (illustrative set, source). */
export interface SheetHeading {
  organisation: string;
  title: string;
  notes: string[];
  year: number;
  /** Unit names by id, for the "Đơn vị chấm" column. */
  unitName: (id: string) => string;
}

const COLUMNS = [
  { header: 'STT', width: 8 },
  { header: 'Lĩnh vực, tiêu chí, tiêu chí thành phần', width: 60 },
  { header: 'Điểm tối đa', width: 12 },
  { header: 'Điểm tự chấm', width: 13 },
  { header: 'Tỷ lệ (%)', width: 11 },
  { header: 'Điểm tự chấm năm trước', width: 16 },
  { header: 'Đơn vị chấm', width: 40 },
] as const;

/**
 * The Office's self-assessment table as .xlsx (exceljs): title rows, a header row, one row per area,
 * criterion and sub-criterion with points as numbers (empty when not scored), and the total.
 */
export async function selfAssessmentWorkbook(heading: SheetHeading, rows: readonly TableRow[]): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'CCHC Bot';
  const sheet = workbook.addWorksheet(`Tự chấm điểm ${heading.year}`);
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  const titleRows = [heading.organisation, heading.title, ...heading.notes];
  for (const [i, text] of titleRows.entries()) {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, COLUMNS.length);
    row.font = { name: 'Times New Roman', bold: i < 2, italic: i >= 2, size: i === 1 ? 14 : 12 };
  }
  sheet.addRow([]);
  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  header.font = { name: 'Times New Roman', bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  for (const r of rows) {
    const title = r.kind === 'total' ? `Tổng cộng` : r.title;
    const row = sheet.addRow([r.number, title, r.maxPoints, r.points ?? null, r.percent ?? null, r.lastYear ?? null, r.units.map(heading.unitName).join('; ')]);
    row.font = { name: 'Times New Roman', bold: r.kind === 'area' || r.kind === 'total', italic: r.kind === 'sub-criterion' };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top', indent: r.kind === 'sub-criterion' ? 2 : r.kind === 'criterion' ? 1 : 0 };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
