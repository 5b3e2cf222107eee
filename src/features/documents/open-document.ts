import { renderCard } from '../../cards/render-card.ts';
import { parseDocumentRef, visibleDocuments } from '../../domain/documents/document-index.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { DOCUMENTS } from '../../i18n/document-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import { escapeHtml } from '../../report/escape-html.ts';
import { reportMailBody } from '../../report/report-mail-body.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import { mailStatus } from '../history/mail-status.ts';
import { nameOf } from '../meetings/meeting-repo.ts';
import { meetingFacts } from '../meetings/meeting-view.ts';
import { signedBy } from '../members/decision-maker.ts';
import { inspectionDocument } from '../inspections/inspection-document.ts';
import { findPoll } from '../polls/poll-repo.ts';
import { DOCX_TYPE, renderCycleDocument } from '../report-document.ts';
import type { Member } from '../../domain/committee/committee.ts';
import type { ActionTurn } from '../turn.ts';
import type { DocumentRefData } from './card-payloads.ts';
import { collectDocuments } from './collect-documents.ts';

function view(locale: Locale, title: string, facts: Array<{ label: string; value: string }>, linesLabel: string, lines: string[], status = ''): ActionResult {
  return { card: renderCard('document-view', { title, facts, linesLabel, lines, status }) };
}

/** Hands a .docx to the member: in local mode put on the shelf (path shown); with Graph mailed to them once. */
async function handOver(app: AppServices, member: Member, title: string, document: { name: string; content: Buffer }, mail: { key: string; html: string }, locale: Locale): Promise<ActionResult> {
  const s = DOCUMENTS[locale];
  if (app.mailer.kind === 'outbox' || !member.email) return view(locale, title, [], '', [], s.fileAt(await app.shelf.put(document.name, document.content)));
  const outcome = await app.mailer.send({ key: mail.key, to: [member.email], cc: [], subject: title, html: mail.html, attachments: [{ name: document.name, contentType: DOCX_TYPE, content: document.content }] });
  return view(locale, title, [], '', [], mailStatus(outcome, member.email, locale));
}

/** The sent report as its Decree 30 .docx: in local mode written to the outbox; with Graph mailed to the member once. */
async function openReport(app: AppServices, member: Member, cycleId: string, title: string, locale: Locale): Promise<ActionResult> {
  const cycle = await app.cycles.get(cycleId);
  const report = cycle ? await app.cycles.getCompiled(cycleId) : undefined;
  if (!cycle || !report) throw new ValidationError('ref', DOCUMENTS[locale].notFound);
  const document = await renderCycleDocument(app, cycle, report);
  return handOver(app, member, title, document, { key: `documents-${cycle.id}-${member.id}`, html: reportMailBody(report) }, locale);
}

/** A concluded inspection's "Báo cáo kết quả kiểm tra" as its Decree 30 .docx. */
async function openInspection(app: AppServices, member: Member, inspectionId: string, title: string, locale: Locale): Promise<ActionResult> {
  const inspection = await app.repos.inspections.get(inspectionId);
  if (!inspection?.conclusion) throw new ValidationError('ref', DOCUMENTS[locale].notFound);
  const document = await inspectionDocument(app, inspection);
  return handOver(app, member, title, document, { key: `documents-${inspection.id}-${member.id}`, html: `<p>${escapeHtml(title)}</p>` }, locale);
}

/**
 * `documents.open`: opens one document the list offered. The ref is checked against what this
 * member may see now, so a forged or stale card (a group meeting's papers for a unit head) opens nothing.
 */
export async function openDocumentAction(turn: ActionTurn<DocumentRefData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'documents.view', app);
  const locale = turn.caller.locale;
  const s = DOCUMENTS[locale];
  const ref = parseDocumentRef(turn.data.ref);
  const doc = ref && visibleDocuments(await collectDocuments(app, locale), member.roles.length > 0).find((d) => d.ref === turn.data.ref);
  if (!ref || !doc) throw new ValidationError('ref', s.notFound);
  if (ref.kind === 'report') return openReport(app, member, ref.id, doc.title, locale);
  if (ref.kind === 'inspection') return openInspection(app, member, ref.id, doc.title, locale);
  if (ref.kind === 'decision') {
    const poll = await findPoll(app, ref.id);
    const decided = poll?.decision;
    if (!poll || !decided) throw new ValidationError('ref', s.notFound);
    const by = app.roster.member(decided.by);
    const facts = [
      { label: s.decision, value: poll.options[decided.choice] ?? '' },
      { label: s.decidedBy, value: by ? signedBy(by, locale) : nameOf(app, decided.by) },
      ...(decided.reason ? [{ label: s.reason, value: decided.reason }] : []),
    ];
    return view(locale, doc.title, facts, '', []);
  }
  const meeting = await app.repos.meetings.get(ref.id);
  if (!meeting) throw new ValidationError('ref', s.notFound);
  if (ref.kind === 'conclusions') return view(locale, doc.title, meetingFacts(meeting, locale), s.conclusions, (meeting.conclusions?.text ?? '').split('\n').filter(Boolean));
  return view(locale, doc.title, meetingFacts(meeting, locale), s.agenda, meeting.agenda.map((a, i) => `${i + 1}. ${a}`));
}
