import type { PlanRowError } from '../../domain/plan/parse-plan-rows.ts';
import { PLAN } from '../../i18n/plan-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { FileTurn } from '../turn.ts';
import { importPlan, planYearOf } from './import-plan.ts';
import { isSheetName, UnreadableSheetError } from './read-sheet.ts';

/** At most this many problems are listed back; the count says how many more. */
const LISTED_ERRORS = 30;

/** The refusal: every problem with its row, so the sheet can be fixed in one pass. */
export function refusalText(file: string, errors: readonly PlanRowError[], locale: Locale): string {
  const s = PLAN[locale];
  const lines = errors.slice(0, LISTED_ERRORS).map((e) => `- ${s.rowLabel(e.row)}: ${s.problem(e.problem)}`);
  if (errors.length > LISTED_ERRORS) lines.push(s.moreErrors(errors.length - LISTED_ERRORS));
  return [s.refused(file, errors.length), ...lines].join('\n\n');
}

/** A plan spreadsheet sent in the 1:1 chat (standing member): imported whole, or refused row by row. */
export async function planUpload(turn: FileTurn, app: AppServices): Promise<Reply[]> {
  const member = await requirePermission(turn.caller, 'plan.import', app);
  const s = PLAN[turn.caller.locale];
  const { name, content } = turn.file;
  if (!isSheetName(name)) return [{ type: 'text', text: s.fileType(name) }];
  const year = planYearOf(name, app.clock());
  let outcome;
  try {
    outcome = await importPlan(app, { name, content, year, by: member.id });
  } catch (error) {
    if (error instanceof UnreadableSheetError) return [{ type: 'text', text: s.fileUnreadable(name) }];
    throw error;
  }
  if (!outcome.ok) return [{ type: 'text', text: refusalText(name, outcome.errors, turn.caller.locale) }];
  app.logger.info({ year, tasks: outcome.plan.tasks.length, by: member.id }, 'plan imported');
  return [{ type: 'text', text: s.imported(year, outcome.plan.tasks.length, name) }];
}
