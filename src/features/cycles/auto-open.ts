import { quarterId, quarterLabel } from '../../domain/cycles/quarter.ts';
import { openKey, quarterToOpen } from '../../domain/reminders/index.ts';
import { quarterCycle } from './open-quarter.ts';
import { startCycle } from './start-cycle.ts';
import { REMINDER } from '../../i18n/reminder-strings.ts';
import { localeOf } from '../member-locale.ts';
import { reminderSettings } from '../reminders/reminder-settings.ts';
import { performOnce, type JobContext } from '../jobs/job-context.ts';
import { autoDoc } from '../jobs/ledger-docs.ts';

/** Opens the quarter on the first working day of its last month, once, on behalf of the standing member. */
export async function autoOpenQuarter(ctx: JobContext): Promise<void> {
  const { app, now } = ctx;
  const existing = new Set((await ctx.cycles()).map((c) => c.id));
  // Ask first without the ledger: its document is the quarter's year, known only once the quarter is.
  const probe = quarterToOpen(app.calendar, reminderSettings(app), app.config.quarterly, now, existing, new Set());
  if (!probe) return;
  const doc = autoDoc(probe.year);
  ctx.docs.add(doc);
  const recorded = new Set((await ctx.ledger.recorded(doc)).keys());
  if (recorded.has(openKey(probe))) return;
  const standing = app.roster.withRole('standing')[0];
  if (!standing) {
    app.logger.warn({ job: `auto/${quarterId(probe)}/open` }, 'no standing member in the roster; the quarter is not opened automatically');
    return;
  }
  const label = quarterLabel(probe, 'vi');
  await performOnce(ctx, doc, [openKey(probe)], `auto/${quarterId(probe)}/open`, REMINDER.vi.jobs.autoOpen(label), async () => {
    const locale = await localeOf(app, standing.id);
    const replies = await startCycle(app, quarterCycle(app, probe, standing.id, now), locale);
    ctx.cyclesChanged();
    const outcome = await app.messenger.send(standing.id, { type: 'text', text: [REMINDER[locale].autoOpened(label), ...replies.map((r) => (r.type === 'text' ? r.text : ''))].filter(Boolean).join('\n\n') });
    // The cycle is open and the forms are going out; only the notice to the standing member missed.
    return outcome.ok ? undefined : outcome.reason;
  });
}
