import { formatInstant } from '../../domain/calendar/index.ts';
import { SELF_ASSESSMENT as S } from '../../i18n/self-assessment-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import { textToHtml } from '../../report/escape-html.ts';
import type { AppServices } from '../app-services.ts';
import { localeOf } from '../member-locale.ts';
import { mainRecipients, sentToLabel } from '../synthesis/send-to-city.ts';
import { SynthesisRepo } from '../synthesis/synthesis-repo.ts';
import { criteriaSet } from './criteria-sets.ts';
import { reportFiles } from './report-files.ts';
import { reportId, SelfAssessmentRepo } from './self-assessment-repo.ts';

/** Mail key of a year's approved report: the outbox never sends one key twice. */
export function reportMailKey(year: number): string {
  return `self-assessment-${year}`;
}

/**
 * Mails an approved report with its table to the City committee (CITY_COMMITTEE_EMAIL, else the chief),
 * the leaders in copy, through the durable mailer under one key; records when it left and tells the
 * member who submitted it, once. Returns what the approver is told ('' before approval).
 */
export async function sendReport(app: AppServices, year: number, locale: Locale): Promise<string> {
  const s = S[locale].report;
  const repo = new SynthesisRepo(app.store);
  const id = reportId(year);
  const synthesis = await repo.get(id);
  const sa = await new SelfAssessmentRepo(app.store).get(year);
  const set = criteriaSet(app, year);
  if (synthesis?.state !== 'approved' || !synthesis.approval || !sa || !set) return '';
  let outcome;
  if (synthesis.sentAt) outcome = { status: 'already-sent' as const, at: synthesis.sentAt };
  else {
    const to = mainRecipients(app);
    const copies = (['chief', 'deputyChief', 'standing'] as const).flatMap((r) => app.roster.withRole(r).map((m) => m.email));
    const number = `${synthesis.approval.number}/${app.config.letterhead.numberSuffix}`;
    outcome = await app.mailer.send({
      key: reportMailKey(year),
      to,
      cc: [...new Set(copies)].filter((e) => !to.includes(e)),
      subject: S.vi.report.mailSubject(year, number),
      html: `<p>${textToHtml(S.vi.report.mailBody(year, number))}</p>`,
      attachments: await reportFiles(app, sa, set, synthesis),
    });
  }
  if (outcome.status === 'queued') return s.mailQueued;
  const now = app.clock().toISOString();
  const marked = (await repo.update(id, (c) => (c && !c.sentAt ? { ...c, sentAt: now } : undefined))) ?? (await repo.get(id))!;
  const submitter = marked.requests.at(-1)?.by;
  if (submitter && !marked.told?.includes(submitter)) {
    await repo.update(id, async (c) => {
      if (!c || c.told?.includes(submitter)) return undefined;
      const theirs = S[await localeOf(app, submitter)].report;
      const sent = await app.messenger.send(submitter, { type: 'text', text: `${theirs.approved(marked.approval!.number)} ${theirs.mailSent(sentToLabel(app))}` });
      // Unreachable now: the settle job tells them once they can be reached.
      return sent.ok ? { ...c, told: [...(c.told ?? []), submitter] } : undefined;
    });
  }
  if (outcome.status === 'already-sent') return s.alreadySent(formatInstant(marked.sentAt ?? outcome.at));
  return outcome.status === 'sent' ? s.mailSent(sentToLabel(app)) : s.mailWritten;
}

/** The retry job: approved reports whose mail was queued or whose submitter was not told yet. */
export async function settleApprovedReports(app: AppServices): Promise<number> {
  const repo = new SynthesisRepo(app.store);
  let settled = 0;
  for (const sa of await new SelfAssessmentRepo(app.store).all()) {
    const synthesis = await repo.get(reportId(sa.year));
    if (synthesis?.state !== 'approved') continue;
    const submitter = synthesis.requests.at(-1)?.by;
    if (synthesis.sentAt && (!submitter || synthesis.told?.includes(submitter))) continue;
    await sendReport(app, sa.year, 'vi');
    settled++;
  }
  return settled;
}
