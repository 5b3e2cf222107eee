import type { Cycle } from '../../domain/cycles/cycle.ts';
import type { CompiledReport } from '../../domain/report/compiled-report.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import { reportMailBody } from '../../report/report-mail-body.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import { DOCX_TYPE, renderCycleDocument } from '../report-document.ts';
import type { MailOutcome, OutgoingMail } from '../ports.ts';
import type { ActionResult } from '../registry.ts';
import type { ActionTurn } from '../turn.ts';
import { compileCycle, previewCard } from './compile.ts';
import { formatInstant } from '../../domain/calendar/index.ts';
import { publish } from '../app-events.ts';

/** Mail key of a cycle's report: the outbox never sends the same key twice. */
export function reportMailKey(cycleId: string): string {
  return `report-${cycleId}`;
}

/** The chief's email with the HTML summary as body and the Decree 30 document attached. */
export async function buildReportMail(app: AppServices, cycle: Cycle, report: CompiledReport): Promise<OutgoingMail> {
  const chiefs = app.roster.withRole('chief');
  const document = await renderCycleDocument(app, cycle, report, app.clock());
  return {
    key: reportMailKey(cycle.id),
    to: chiefs.map((m) => m.email),
    // The City committee receives only the approved, numbered report (features/synthesis), never this draft.
    cc: [],
    subject: CYCLE.vi.mailSubject(cycle.label),
    html: reportMailBody(report),
    attachments: [{ name: document.name, contentType: DOCX_TYPE, content: document.content }],
  };
}

/** Whether any unit stored a version after the report was compiled. */
async function submittedSince(app: AppServices, cycleId: string, compiledAt: string): Promise<boolean> {
  const submissions = await app.cycles.submissions(cycleId);
  return [...submissions.values()].some((s) => s.versions.some((v) => v.at > compiledAt));
}

/** Marks a cycle sent once its mail left (now, or later from the outbox retry). */
export async function markReportSent(app: AppServices, cycleId: string): Promise<void> {
  await app.cycles.update(cycleId, (c) => (c.state === 'sent' ? undefined : { ...c, state: 'sent', sentAt: app.clock().toISOString() }));
  publish(app, { type: 'cycle.sent', cycleId });
}

/** `Gửi Trưởng Ban`: emails the compiled report once; a second click reports that it was already sent. */
export async function sendReportAction(turn: ActionTurn, app: AppServices): Promise<ActionResult> {
  await requirePermission(turn.caller, 'report.send', app);
  const s = CYCLE[turn.caller.locale];
  let cycle = await app.cycles.fromCard(turn.data.cycleId);
  if (!cycle) throw new ValidationError('cycleId', s.cycleNotFound);
  if (app.roster.withRole('chief').length === 0) throw new ValidationError('chief', s.noChief);
  let report = await app.cycles.getCompiled(cycle.id);
  // A submission that raced the compilation (accepted just before the cycle closed) is never left out of what is sent.
  if (!report || (cycle.state !== 'sent' && (cycle.state === 'open' || (await submittedSince(app, cycle.id, report.compiledAt))))) {
    ({ cycle, report } = await compileCycle(app, cycle));
  }
  const outcome: MailOutcome = cycle.state === 'sent' ? { status: 'already-sent', at: cycle.sentAt ?? '' } : await app.mailer.send(await buildReportMail(app, cycle, report));
  let status: string;
  if (outcome.status === 'sent' || outcome.status === 'written') {
    await markReportSent(app, cycle.id);
    const to = app.roster.withRole('chief').map((m) => m.name).join(', ');
    status = outcome.status === 'sent' ? s.sent(to) : s.written(outcome.path);
  } else if (outcome.status === 'already-sent') {
    await markReportSent(app, cycle.id);
    status = s.alreadySent(formatInstant((await app.cycles.get(cycle.id))?.sentAt ?? outcome.at ?? app.clock().toISOString()));
  } else {
    status = s.mailQueued(outcome.error);
  }
  const after = (await app.cycles.get(cycle.id)) ?? cycle;
  return { card: previewCard(after, report, turn.caller.locale, status) };
}

/** `Gửi lại sau`: keep the compiled report and say how to come back to it. */
export async function sendLaterAction(turn: ActionTurn, app: AppServices): Promise<ActionResult> {
  await requirePermission(turn.caller, 'report.send', app);
  return { message: CYCLE[turn.caller.locale].laterAck };
}
