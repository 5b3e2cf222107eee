import { reportMailBody } from '../../report/report-mail-body.ts';
import { HISTORY } from '../../i18n/history-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { ActionResult } from '../registry.ts';
import type { ActionTurn, CommandTurn } from '../turn.ts';
import { findReport, reportOfCard } from './find-report.ts';
import { historyCard } from './history-card.ts';
import { mailStatus } from './mail-status.ts';
import { DOCX_TYPE, renderCycleDocument } from '../report-document.ts';

/** Mail key of one caller's copy of one cycle's report: sent at most once. */
export function reportCopyMailKey(cycleId: string, memberId: string): string {
  return `report-copy-${cycleId}-${memberId}`;
}

/**
 * `báo cáo quý III/2026` (standing member, chief, deputies): the compiled report of a past cycle as a
 * card. Local mode writes the .docx to DATA_DIR/outbox and shows its path; Graph mode offers a button
 * that emails it to the caller.
 */
export async function historyCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  await requirePermission(turn.caller, 'report.history', app);
  const found = await findReport(app, turn.args, turn.caller.locale);
  if ('message' in found) return [{ type: 'text', text: found.message }];
  const { cycle, report } = found;
  if (app.mailer.kind === 'graph') return [{ type: 'card', card: historyCard(cycle, report, turn.caller.locale, { mailable: true }) }];
  const document = await renderCycleDocument(app, cycle, report);
  const filePath = await app.shelf.put(document.name, document.content);
  return [{ type: 'card', card: historyCard(cycle, report, turn.caller.locale, { mailable: false, filePath }) }];
}

/** `report.mailCopy`: emails the .docx (HTML summary as body) to the caller, once per caller and cycle. */
export async function mailCopyAction(turn: ActionTurn, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'report.history', app);
  const locale = turn.caller.locale;
  const { cycle, report } = await reportOfCard(app, turn.data, locale);
  const document = await renderCycleDocument(app, cycle, report);
  if (app.mailer.kind === 'outbox') {
    // A card from Graph mode clicked after a switch to local mode: hand over the file instead.
    const filePath = await app.shelf.put(document.name, document.content);
    return { card: historyCard(cycle, report, locale, { mailable: false, filePath }) };
  }
  if (!member.email) return { card: historyCard(cycle, report, locale, { mailable: true, status: HISTORY[locale].mail.noEmail }) };
  const outcome = await app.mailer.send({
    key: reportCopyMailKey(cycle.id, member.id),
    to: [member.email],
    cc: [],
    subject: HISTORY.vi.mail.copySubject(report.label),
    html: reportMailBody(report),
    attachments: [{ name: document.name, contentType: DOCX_TYPE, content: document.content }],
  });
  return { card: historyCard(cycle, report, locale, { mailable: false, status: mailStatus(outcome, member.email, locale) }) };
}
