import { foldText } from '../commands/normalize-text.ts';

/** The columns of a plan spreadsheet (docs/year.md lists them); headers are matched folded, Vietnamese or English. */
export const PLAN_COLUMNS = {
  number: ['stt', 'so thu tu', 'so tt', 'no', 'number'],
  content: ['noi dung nhiem vu', 'nhiem vu', 'noi dung', 'task', 'content'],
  area: ['linh vuc', 'linh vuc cchc', 'area', 'par area'],
  lead: ['don vi chu tri', 'chu tri', 'lead unit', 'lead'],
  cooperating: ['don vi phoi hop', 'phoi hop', 'cooperating units', 'cooperating'],
  deadline: ['thoi han', 'thoi han hoan thanh', 'thoi gian hoan thanh', 'han', 'deadline'],
  output: ['san pham', 'san pham du kien', 'ket qua du kien', 'output', 'expected output'],
  status: ['trang thai', 'status'],
} as const;

export type PlanColumn = keyof typeof PLAN_COLUMNS;

export const REQUIRED_COLUMNS: readonly PlanColumn[] = ['number', 'content', 'area', 'lead', 'deadline', 'output'];

/** The column index of each known header in a row; unknown headers are ignored. */
export function matchHeader(cells: readonly string[]): Partial<Record<PlanColumn, number>> {
  const found: Partial<Record<PlanColumn, number>> = {};
  cells.forEach((cell, index) => {
    const folded = foldText(cell).replace(/[.:*()]/g, '').trim();
    for (const [column, names] of Object.entries(PLAN_COLUMNS) as Array<[PlanColumn, readonly string[]]>) {
      if (found[column] === undefined && names.includes(folded)) found[column] = index;
    }
  });
  return found;
}
