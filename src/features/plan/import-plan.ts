import { localDate } from '../../domain/calendar/index.ts';
import { parsePlanRows, type PlanRowError } from '../../domain/plan/parse-plan-rows.ts';
import type { AnnualPlan } from '../../domain/plan/plan-model.ts';
import { mergeReimport } from '../../domain/plan/plan-progress.ts';
import type { AppServices } from '../app-services.ts';
import { readSheetRows } from './read-sheet.ts';
import { updatePlan } from './plan-repo.ts';

export type PlanImport = { ok: true; plan: AnnualPlan } | { ok: false; errors: PlanRowError[] };

/** The plan's year: a year written in the file name ("ke-hoach-cchc-2027.xlsx"), else the current year. */
export function planYearOf(fileName: string, now: Date): number {
  const m = /(?:^|\D)(20\d{2})(?:\D|$)/.exec(fileName);
  return m ? Number(m[1]) : Number(localDate(now).slice(0, 4));
}

/** Parses a plan file into a year's plan; nothing is stored (a sheet with any bad row gives only its problems). */
export async function parsePlanFile(app: AppServices, input: { name: string; content: Buffer; year: number; by: string }): Promise<PlanImport> {
  const rows = await readSheetRows(input.name, input.content);
  const units = app.roster.committee.units.map((u) => ({ id: u.id, name: u.name }));
  const parsed = parsePlanRows(rows, input.year, units);
  if (!parsed.ok) return parsed;
  return { ok: true, plan: { year: input.year, tasks: parsed.tasks, source: input.name, importedAt: app.clock().toISOString(), importedBy: input.by, illustrative: parsed.illustrative } };
}

/**
 * Parses a plan file and, only when every row parses, stores it as the year's plan. A re-import keeps
 * status, result and history of the tasks that kept their number.
 */
export async function importPlan(app: AppServices, input: { name: string; content: Buffer; year: number; by: string }): Promise<PlanImport> {
  const parsed = await parsePlanFile(app, input);
  if (!parsed.ok) return parsed;
  const stored = await updatePlan(app, input.year, (previous) => ({ ...parsed.plan, tasks: mergeReimport(previous, parsed.plan.tasks) }));
  return { ok: true, plan: stored! };
}
