import ExcelJS from 'exceljs';

/** Columns of the plan sheet, in the order offices write them. */
export const PLAN_HEADER = ['STT', 'Nội dung nhiệm vụ', 'Lĩnh vực', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn', 'Sản phẩm', 'Trạng thái'];

/** A real .xlsx written with exceljs (the library the bot reads it with): a title row, the header, the rows. */
export async function planWorkbook(rows: Array<Array<string | Date>>, title = 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kế hoạch');
  sheet.addRow([title]);
  sheet.addRow(PLAN_HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
