import { REMINDER } from '../../i18n/reminder-strings.ts';
import { localeOf } from '../member-locale.ts';
import type { JobContext } from '../jobs/job-context.ts';
import type { UnreportedView as Unreported } from '../jobs/job-ledger-port.ts';

const REASONS = ['no-reference', 'blocked', 'failed', 'error', 'no-recipient', 'unit-not-in-roster'] as const;

/** The failure detail as a person reads it: reasons in words, members by name ("truong-ban: blocked" -> "Lê Văn A: đã chặn…"). */
function reasonText(detail: string | undefined, locale: 'vi' | 'en', nameOf: (id: string) => string | undefined): string {
  const s = REMINDER[locale];
  if (!detail) return s.reasons.error;
  return detail
    .replace(/\b(no-reference|blocked|failed|error|no-recipient|unit-not-in-roster)\b/g, (code) => (REASONS.includes(code as (typeof REASONS)[number]) ? s.reasons[code as (typeof REASONS)[number]] : code))
    .replace(/(^|; )([a-z0-9-]+): /g, (whole, lead: string, id: string) => `${lead}${nameOf(id) ?? id}: `);
}

/**
 * Tells the standing member, in one message per tick, about jobs that failed or that a dead instance left
 * half done; each is reported once, whether or not the message got through. Entries are marked before the
 * message goes out, so when several instances tick at once only the one that marked an entry reports it.
 */
export async function reportFailures(ctx: JobContext): Promise<void> {
  const { app, ledger } = ctx;
  const candidates: Unreported[] = [];
  for (const doc of ctx.docs) candidates.push(...(await ledger.unreported(doc, ctx.now)));
  if (candidates.length === 0) return;
  const byDoc = new Map<string, string[]>();
  for (const u of candidates) byDoc.set(u.doc, [...(byDoc.get(u.doc) ?? []), u.key]);
  const mine = new Set<string>();
  for (const [doc, keys] of byDoc) for (const key of await ledger.markReported(doc, keys)) mine.add(`${doc}|${key}`);
  const found = candidates.filter((u) => mine.has(`${u.doc}|${u.key}`));
  if (found.length === 0) return;
  // Collapsed rungs share one job key: list each job once.
  const jobs = new Map<string, Unreported>();
  for (const u of found) if (!jobs.has(u.entry.job)) jobs.set(u.entry.job, u);
  for (const u of jobs.values()) app.logger.warn({ job: u.entry.job, status: u.entry.status, detail: u.entry.detail }, 'reporting a scheduled job problem to the standing member');
  for (const standing of app.roster.withRole('standing')) {
    const locale = await localeOf(app, standing.id);
    const s = REMINDER[locale];
    // The job key stays in the log (above): members read what was meant to go out, never an internal key.
    const lines = [...jobs.values()].map((u) => (u.entry.status === 'sending' ? s.uncertainLine(u.entry.what) : s.failureLine(u.entry.what, reasonText(u.entry.detail, locale, (id) => app.roster.member(id)?.name))));
    try {
      const outcome = await app.messenger.send(standing.id, { type: 'text', text: [s.failuresTitle, ...lines].join('\n\n') });
      if (!outcome.ok) app.logger.error({ memberId: standing.id, reason: outcome.reason, jobs: [...jobs.keys()] }, 'failure report did not reach the standing member');
    } catch (error) {
      app.logger.error({ err: error, memberId: standing.id, jobs: [...jobs.keys()] }, 'failure report failed');
    }
  }
}
