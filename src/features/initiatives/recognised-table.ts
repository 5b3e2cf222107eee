import { loadExcel } from '../../util/exceljs.ts';
import { formatDate } from '../../domain/calendar/index.ts';
import { recognisedByUnit } from '../../domain/initiatives/initiative-rules.ts';
import type { Initiative } from '../../domain/initiatives/initiative-model.ts';
import { PAR_AREA_TITLES } from '../../domain/par-areas.ts';
import { neutraliseFormula, toCsv } from '../../domain/stats/csv.ts';
import type { Roster } from '../../domain/committee/committee.ts';

/** Vietnamese headers always: the list is filed with the Office's records (as the statistics are). */
const HEADER = ['STT', 'Đơn vị', 'Tên sáng kiến', 'Tác giả', 'Lĩnh vực CCHC', 'Ngày bắt đầu áp dụng', 'Ngày công nhận', 'Hiệu quả dự kiến'];

/** The year's recognised initiatives by unit (roster order), one row each, header first. */
export function recognisedTable(initiatives: readonly Initiative[], year: number, roster: Roster): string[][] {
  const groups = recognisedByUnit(initiatives, year, roster.committee.units.map((u) => u.id));
  let n = 0;
  const rows = groups.flatMap((g) =>
    g.initiatives.map((i) => [String(++n), roster.unit(g.unitId)?.name ?? g.unitId, i.title, i.authors, PAR_AREA_TITLES[i.area].vi, formatDate(i.startDate), formatDate(i.recognisedOn!), i.expectedEffect]),
  );
  return [HEADER, ...rows];
}

/** The table as CSV for Excel; every text cell that Excel would run as a formula is neutralised. */
export function recognisedCsv(table: string[][]): string {
  return toCsv(table.map((row) => row.map(neutraliseFormula)));
}

/** The table as an .xlsx workbook (cells written as text, never as formulas). */
export async function recognisedXlsx(table: string[][], year: number): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet(`Sáng kiến ${year}`);
  sheet.addRow([`DANH SÁCH SÁNG KIẾN, MÔ HÌNH CCHC ĐƯỢC CÔNG NHẬN NĂM ${year}`]).font = { bold: true };
  for (const [i, row] of table.entries()) {
    const added = sheet.addRow(row);
    if (i === 0) added.font = { bold: true };
  }
  sheet.columns.forEach((c, i) => {
    c.width = [6, 28, 40, 28, 32, 14, 14, 48][i] ?? 20;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
