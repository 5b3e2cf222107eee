import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs, imported on first use. Importing it costs ~0.5 s at start (measured: 481 ms on its own, 2 cores) for
 * what only a plan upload, an initiatives export or a self-assessment table needs, and every instance of a
 * scale-out pays the start before it serves (issue 13's cold-start goal, issue 17's instances).
 */
export function loadExcel(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
