// Table XML. Cell contents arrive as paragraph XML (see docx-paragraphs.ts); every cell must
// hold at least one paragraph, which cellParagraphs() and the block builders guarantee.

const NO_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="none" w:color="auto" w:sz="0"/>`)
  .join('');

const SINGLE_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`)
  .join('');

// The blocks are centred inside their cells; side padding would only squeeze the long quốc hiệu.
const NO_CELL_MARGINS =
  '<w:tcMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="0"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="0"/></w:tcMar>';

function grid(widths: number[]): string {
  return `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
}

function sum(widths: number[]): number {
  return widths.reduce((a, b) => a + b, 0);
}

/** A fixed-layout two-column table without borders, for the header and the closing blocks. */
export function borderlessTwoColumns(widths: [number, number], rows: Array<[string, string]>, indent = 0): string {
  const properties =
    `<w:tblPr><w:tblW w:type="dxa" w:w="${sum(widths)}"/><w:tblInd w:type="dxa" w:w="${indent}"/>` +
    `<w:tblBorders>${NO_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`;
  const cell = (width: number, content: string): string =>
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${NO_CELL_MARGINS}</w:tcPr>${content}</w:tc>`;
  const body = rows.map(([left, right]) => `<w:tr>${cell(widths[0], left)}${cell(widths[1], right)}</w:tr>`).join('');
  return `<w:tbl>${properties}${grid(widths)}${body}</w:tbl>`;
}

/**
 * A bordered data table with a repeated bold header row; widths in twips, cells as paragraph
 * XML. Yields the table row by row, so thousands of rows never sit in memory as one string.
 */
export function* gridTable(widths: number[], header: string[], body: Iterable<string[]>): Generator<string> {
  // Padding is set once on the table (tblCellMar), not on each of what may be thousands of cells.
  yield (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${sum(widths)}"/><w:tblBorders>${SINGLE_BORDERS}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="80"/>' +
    `<w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="80"/></w:tblCellMar></w:tblPr>${grid(widths)}`
  );
  const cells = (contents: string[]): string =>
    contents.map((content, i) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i] ?? 0}"/></w:tcPr>${content}</w:tc>`).join('');
  yield `<w:tr><w:trPr><w:tblHeader/></w:trPr>${cells(header)}</w:tr>`;
  for (const row of body) yield `<w:tr>${cells(row)}</w:tr>`;
  yield '</w:tbl>';
}
