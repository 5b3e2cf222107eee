import type ExcelJS from 'exceljs';
import { loadExcel } from '../../util/exceljs.ts';
import { formatDate } from '../../domain/calendar/index.ts';
import { parseCsv } from '../../domain/plan/parse-csv.ts';

/** A spreadsheet that cannot be opened (damaged, or not what its name says). */
export class UnreadableSheetError extends Error {}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  // Excel stores dates as serial numbers that exceljs returns as UTC midnights: write them as offices read them.
  if (v instanceof Date) return formatDate(v.toISOString().slice(0, 10));
  return cell.text ?? '';
}

/** The first worksheet of an .xlsx as rows of cell text (row 1 first, gaps kept so row numbers match Excel's). */
export async function readXlsxRows(content: Buffer): Promise<string[][]> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableSheetError((error as Error).message, { cause: error });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Rows of a spreadsheet file by its extension: .xlsx through exceljs, .csv (UTF-8) by the domain parser. */
export async function readSheetRows(name: string, content: Buffer): Promise<string[][]> {
  if (/\.csv$/i.test(name)) return parseCsv(content.toString('utf8'));
  return readXlsxRows(content);
}

/** Whether a file name is a spreadsheet the plan import reads. */
export function isSheetName(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name);
}
