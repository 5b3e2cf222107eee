import type { Cycle } from '../../domain/cycles/cycle.ts';
import type { CompiledReport } from '../../domain/report/compiled-report.ts';
import type { Synthesis } from '../../domain/synthesis/synthesis.ts';
import { formatInstant } from '../../domain/calendar/index.ts';
import { SYNTHESIS as S } from '../../i18n/synthesis-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import { textToHtml } from '../../report/escape-html.ts';
import type { AppServices } from '../app-services.ts';
import { localeOf } from '../member-locale.ts';
import type { OutgoingMail } from '../ports.ts';
import { DOCX_TYPE } from '../report-document.ts';
import { sentCard } from './synthesis-cards.ts';
import { synthesisDocument } from './synthesis-document.ts';
import { SynthesisRepo } from './synthesis-repo.ts';

/** Mail key of the approved report to the City committee: the outbox never sends one key twice. */
export function cityMailKey(cycleId: string): string {
  return `synthesis-${cycleId}`;
}

/** The main recipient: the City steering committee when configured, otherwise the chief. */
export function mainRecipients(app: AppServices): string[] {
  return app.config.cityCommitteeEmail ? [app.config.cityCommitteeEmail] : app.roster.withRole('chief').map((m) => m.email);
}

/** Where it went, as members read it. */
export function sentToLabel(app: AppServices): string {
  return app.config.cityCommitteeEmail ? `Ban Chỉ đạo CCHC Thành phố (${app.config.cityCommitteeEmail})` : app.roster.withRole('chief').map((m) => m.name).join(', ');
}

/** The approved document to the City committee, with the leaders of the "Nơi nhận" in copy. */
async function cityMail(app: AppServices, cycle: Cycle, report: CompiledReport, synthesis: Synthesis): Promise<OutgoingMail> {
  const to = mainRecipients(app);
  const copies = (['chief', 'deputyChief', 'standing'] as const).flatMap((r) => app.roster.withRole(r).map((m) => m.email));
  const document = await synthesisDocument(app, cycle, report, synthesis);
  const number = `${synthesis.approval!.number}/${app.config.letterhead.numberSuffix}`;
  return {
    key: cityMailKey(cycle.id),
    to,
    cc: [...new Set(copies)].filter((e) => !to.includes(e)),
    subject: S.vi.mailSubject(cycle.label, number),
    html: `<p>${textToHtml(S.vi.mailBody(cycle.label, number))}</p>`,
    attachments: [{ name: document.name, contentType: DOCX_TYPE, content: document.content }],
  };
}

/**
 * Sends an approved synthesis to the City committee through the durable mailer (one key: one mail,
 * across clicks and restarts), records when it left and tells every member once. Returns what the
 * approver is told.
 */
export async function sendToCity(app: AppServices, cycle: Cycle, report: CompiledReport, synthesis: Synthesis, locale: Locale): Promise<string> {
  const s = S[locale];
  if (synthesis.state !== 'approved') return '';
  const repo = new SynthesisRepo(app.store);
  const outcome = synthesis.sentAt ? { status: 'already-sent' as const, at: synthesis.sentAt } : await app.mailer.send(await cityMail(app, cycle, report, synthesis));
  if (outcome.status === 'queued') return s.mailQueued;
  const now = app.clock().toISOString();
  const marked = (await repo.update(cycle.id, (c) => (c && !c.sentAt ? { ...c, sentAt: now } : undefined))) ?? (await repo.get(cycle.id))!;
  const told = await tellMembers(app, cycle, marked);
  const to = sentToLabel(app);
  const first = outcome.status === 'already-sent' ? s.alreadySent(formatInstant(marked.sentAt ?? outcome.at)) : outcome.status === 'sent' ? s.mailSent(to) : s.mailWritten;
  return told > 0 ? `${first} ${s.membersTold(told)}` : first;
}

/**
 * Tells each member (committee and unit heads) it was sent. Each notice is sent while holding the
 * synthesis document and recorded with it, so two approvers clicking together, or a retry after a
 * restart, never tell anyone twice.
 */
async function tellMembers(app: AppServices, cycle: Cycle, synthesis: Synthesis): Promise<number> {
  const repo = new SynthesisRepo(app.store);
  let told = 0;
  for (const member of app.roster.committee.members) {
    if (synthesis.told?.includes(member.id)) continue;
    const card = sentCard(cycle, synthesis, sentToLabel(app), await localeOf(app, member.id));
    await repo.update(cycle.id, async (c) => {
      if (!c || c.told?.includes(member.id)) return undefined;
      const sent = await app.messenger.send(member.id, { type: 'card', card });
      if (!sent.ok) {
        // Unreachable now (not installed, blocked): the retry job tells them once they can be reached.
        app.logger.warn({ cycleId: cycle.id, memberId: member.id, reason: sent.reason }, 'sent notice not delivered');
        return undefined;
      }
      told++;
      return { ...c, told: [...(c.told ?? []), member.id] };
    });
  }
  return told;
}

/** The retry job: approved syntheses whose mail was queued, or whose members were not all told. */
export async function settleApproved(app: AppServices): Promise<number> {
  const repo = new SynthesisRepo(app.store);
  let settled = 0;
  for (const cycle of await app.cycles.list()) {
    const synthesis = await repo.get(cycle.id);
    if (synthesis?.state !== 'approved') continue;
    const everyone = app.roster.committee.members.every((m) => synthesis.told?.includes(m.id));
    if (synthesis.sentAt && everyone) continue;
    const report = await app.cycles.getCompiled(cycle.id);
    if (!report) continue;
    await sendToCity(app, cycle, report, synthesis, 'vi');
    settled++;
  }
  return settled;
}
