import { localDate } from '../../domain/calendar/index.ts';
import type { Quarter } from '../../domain/cycles/quarter.ts';
import { DEFAULT_STATS_QUARTERS, MAX_STATS_QUARTERS } from '../../domain/stats/quarter-window.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { safeFileName } from '../../util/safe-file-name.ts';
import { escapeHtml } from '../../report/escape-html.ts';
import { HISTORY } from '../../i18n/history-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { ActionResult } from '../registry.ts';
import type { ActionTurn, CommandTurn } from '../turn.ts';
import { recognisedSection } from '../initiatives/recognised-summary.ts';
import { mailStatus } from './mail-status.ts';
import { statsCard } from './stats-card.ts';
import { statsCsv } from './stats-csv.ts';
import { latestReportQuarter, loadStats, parseQuarterId, type StatsView } from './stats-data.ts';

const CSV_TYPE = 'text/csv; charset=utf-8';

/** Reads the number of quarters: empty -> 4; otherwise a whole number from 1 to MAX_STATS_QUARTERS. */
export function parseQuarterCount(text: string | number, locale: Locale): number {
  const raw = String(text).trim();
  if (!raw) return DEFAULT_STATS_QUARTERS;
  const n = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_STATS_QUARTERS) throw new ValidationError('quarters', HISTORY[locale].stats.badCount(raw, MAX_STATS_QUARTERS));
  return n;
}

function fileStem(view: StatsView): string {
  return `thong-ke-cchc-${view.quarters[0]?.id ?? ''}-${view.quarters.at(-1)?.id ?? ''}`;
}

/** `thống kê [N]` (standing member, chief, deputies): per-unit timeliness over the last N quarters. */
export async function statsCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  await requirePermission(turn.caller, 'report.stats', app);
  const n = parseQuarterCount(turn.args, turn.caller.locale);
  const view = await loadStats(app, await latestReportQuarter(app), n);
  // The annual statistics carry the year's recognised initiatives by unit (Điều 3.2, 6 mục 2.9).
  const initiatives = await recognisedSection(app, turn.caller.locale);
  if (view.rows.length === 0) return [{ type: 'text', text: `${HISTORY[turn.caller.locale].stats.noCycles}\n\n${initiatives.title}: ${initiatives.summary}` }];
  return [{ type: 'card', card: statsCard(view, turn.caller.locale, '', initiatives) }];
}

/** `stats.exportCsv`: the same window as the card, as CSV: a file in DATA_DIR/outbox (local) or mailed to the caller (Graph). */
export async function exportStatsAction(turn: ActionTurn, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'report.stats', app);
  const locale = turn.caller.locale;
  const n = parseQuarterCount(typeof turn.data.quarters === 'string' || typeof turn.data.quarters === 'number' ? turn.data.quarters : '', locale);
  const last: Quarter | undefined = typeof turn.data.lastQuarter === 'string' ? parseQuarterId(turn.data.lastQuarter) : undefined;
  const view = await loadStats(app, last ?? (await latestReportQuarter(app)), n);
  const csv = statsCsv(view);
  const initiatives = await recognisedSection(app, locale);
  const name = safeFileName(fileStem(view), 'csv');
  if (app.mailer.kind === 'outbox') {
    const filePath = await app.shelf.put(name, csv);
    return { card: statsCard(view, locale, HISTORY[locale].stats.csvWritten(filePath), initiatives) };
  }
  if (!member.email) return { card: statsCard(view, locale, HISTORY[locale].mail.noEmail, initiatives) };
  const range = `${view.quarters[0]?.label ?? ''} – ${view.quarters.at(-1)?.label ?? ''}`;
  const outcome = await app.mailer.send({
    // One mail per caller, window and day: a double click sends once, tomorrow's numbers can be sent again.
    key: `stats-${member.id}-${fileStem(view)}-${localDate(app.clock())}`,
    to: [member.email],
    cc: [],
    subject: HISTORY.vi.mail.statsSubject(range),
    html: `<p>${escapeHtml(HISTORY.vi.mail.statsBody(range))}</p>`,
    attachments: [{ name, contentType: CSV_TYPE, content: Buffer.from(csv, 'utf8') }],
  });
  return { card: statsCard(view, locale, mailStatus(outcome, member.email, locale), initiatives) };
}
