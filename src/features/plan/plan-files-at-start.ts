import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { problemColumn } from '../../domain/plan/parse-plan-rows.ts';
import { PLAN } from '../../i18n/plan-strings.ts';
import type { AppServices } from '../app-services.ts';
import { parsePlanFile } from './import-plan.ts';
import { seedPlan } from './plan-repo.ts';
import { DataFileError } from '../../errors/data-file-error.ts';
import { UnreadableSheetError } from './read-sheet.ts';

const PLAN_FILE = /^(20\d{2})\.(xlsx|csv)$/i;

/**
 * `data/plans/<year>.xlsx` (or .csv): read at start and served for a year that has no stored plan yet
 * (what members recorded is never overwritten by the file); a file that does not parse stops the start,
 * naming the file, the row and the problem.
 */
export async function importPlanFilesAtStart(app: AppServices): Promise<void> {
  let names: string[];
  try {
    names = await readdir(app.config.plansDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const name of names.filter((n) => PLAN_FILE.test(n)).sort()) {
    const file = path.join(app.config.plansDir, name);
    const year = Number(PLAN_FILE.exec(name)![1]);
    let outcome;
    try {
      outcome = await parsePlanFile(app, { name, content: await readFile(file), year, by: 'data-file' });
    } catch (error) {
      if (error instanceof UnreadableSheetError) throw new DataFileError(file, '(tệp)', '(xlsx)', `không mở được / cannot be opened (${error.message})`);
      throw error;
    }
    if (!outcome.ok) {
      const first = outcome.errors[0]!;
      const columnKey = problemColumn(first.problem);
      const column = columnKey ? PLAN.vi.columns[columnKey] : '(tệp)';
      throw new DataFileError(file, PLAN.vi.rowLabel(first.row), column, `${PLAN.vi.problem(first.problem)} / ${PLAN.en.problem(first.problem)}`);
    }
    seedPlan(app, outcome.plan);
  }
}
