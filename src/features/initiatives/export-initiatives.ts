import { localDate } from '../../domain/calendar/index.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { INITIATIVE } from '../../i18n/initiative-strings.ts';
import { escapeHtml } from '../../report/escape-html.ts';
import { safeFileName } from '../../util/safe-file-name.ts';
import { permissionContext } from '../absences.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import { mailStatus } from '../history/mail-status.ts';
import type { ActionTurn } from '../turn.ts';
import type { InitiativeExportData } from './card-payloads.ts';
import { inYear, maySee } from './initiative-access.ts';
import { initiativesCard } from './initiative-cards.ts';
import { listInitiatives } from './initiative-repo.ts';
import { parseYear } from './initiatives-command.ts';
import { recognisedCsv, recognisedTable, recognisedXlsx } from './recognised-table.ts';

const TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/**
 * `initiative.export`: the year's recognised initiatives by unit as .csv or .xlsx: a file on the shelf
 * (local mode) or mailed to the caller (Graph), once per caller, year, format and day.
 */
export async function exportInitiativesAction(turn: ActionTurn<InitiativeExportData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'initiative.viewAll', app);
  const locale = turn.caller.locale;
  const year = parseYear(turn.data.year, localDate(app.clock()), locale);
  const format = turn.data.format === 'xlsx' ? 'xlsx' : turn.data.format === 'csv' ? 'csv' : undefined;
  if (!format) throw new ValidationError('format', INITIATIVE[locale].notFound);
  const all = await listInitiatives(app);
  const table = recognisedTable(all, year, app.roster);
  const content = format === 'csv' ? Buffer.from(recognisedCsv(table), 'utf8') : await recognisedXlsx(table, year);
  const name = safeFileName(`sang-kien-duoc-cong-nhan-${year}`, format);
  const ctx = await permissionContext(app);
  const card = (notice: string) => ({ card: initiativesCard({ year, items: all.filter((i) => inYear(i, year) && maySee(app, member, ctx, i)), all: true, notice }, app.roster, locale) });
  if (app.mailer.kind === 'outbox') return card(INITIATIVE[locale].exported(await app.shelf.put(name, content)));
  if (!member.email) return card(INITIATIVE[locale].notFound);
  const subject = INITIATIVE.vi.recognisedTitle(year);
  const outcome = await app.mailer.send({
    key: `initiatives-${member.id}-${year}-${format}-${localDate(app.clock())}`,
    to: [member.email],
    cc: [],
    subject,
    html: `<p>${escapeHtml(subject)}</p>`,
    attachments: [{ name, contentType: TYPES[format], content }],
  });
  return card(mailStatus(outcome, member.email, locale));
}
