import { Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Paragraph } from 'docx';

/** A fixed-layout two-column table without borders, for the header and the closing blocks. */
export function borderlessTwoColumns(
  widths: [number, number],
  rows: Array<[Paragraph[], Paragraph[]]>,
  indent = 0,
): Table {
  return new Table({
    indent: { size: indent, type: WidthType.DXA },
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      ([left, right]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: widths[0], type: WidthType.DXA }, margins: NO_SIDE_MARGINS, children: left }),
            new TableCell({ width: { size: widths[1], type: WidthType.DXA }, margins: NO_SIDE_MARGINS, children: right }),
          ],
        }),
    ),
  });
}

// The blocks are centred inside their cells; side padding would only squeeze the long quốc hiệu.
const NO_SIDE_MARGINS = { left: 0, right: 0, top: 0, bottom: 0 };

/** A bordered data table with a repeated bold header row; widths in twips. */
export function gridTable(widths: number[], header: Paragraph[][], body: Paragraph[][][]): Table {
  // Column widths and padding are set once on the table (tblGrid, tblCellMar), not on each of
  // what may be thousands of cells.
  const row = (cells: Paragraph[][], isHeader: boolean): TableRow =>
    new TableRow({ tableHeader: isHeader, children: cells.map((children) => new TableCell({ children })) });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: 80, right: 80, top: 0, bottom: 0 },
    rows: [row(header, true), ...body.map((cells) => row(cells, false))],
  });
}
