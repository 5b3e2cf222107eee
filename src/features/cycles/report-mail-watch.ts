import { ledgerKey, CYCLE_WIDE } from '../../domain/reminders/index.ts';
import { markReportSent, reportMailKey } from './send-report.ts';
import { REMINDER } from '../../i18n/reminder-strings.ts';
import { performOnce, sendToAll, type JobContext } from '../jobs/job-context.ts';
import { cycleDoc } from '../jobs/ledger-docs.ts';

/**
 * Retries queued mail, then settles compiled cycles whose report mail has gone out since (from the
 * retry, or before a crash): marks them sent and tells the standing member once.
 */
export async function settleQueuedReports(ctx: JobContext, retryMail?: () => Promise<unknown>): Promise<void> {
  const { app } = ctx;
  if (retryMail) {
    try {
      await retryMail();
    } catch (error) {
      app.logger.error({ err: error, job: 'mail/retry' }, 'mail retry failed');
      ctx.failed.push('mail/retry');
    }
  }
  for (const cycle of await ctx.cycles()) {
    if (cycle.state !== 'compiled') continue;
    if (!(await app.mailer.wasSent(reportMailKey(cycle.id)))) continue;
    await markReportSent(app, cycle.id);
    ctx.cyclesChanged();
    const chiefs = app.roster.withRole('chief').map((m) => m.name).join(', ');
    await performOnce(ctx, cycleDoc(cycle.id), [ledgerKey(CYCLE_WIDE, 'report-mailed')], `${cycle.id}/${CYCLE_WIDE}/report-mailed`, REMINDER.vi.jobs.reportMailed(cycle.label), () =>
      sendToAll(app, app.roster.withRole('standing').map((m) => m.id), (locale) => ({ type: 'text', text: REMINDER[locale].reportMailed(cycle.label, chiefs) })),
    );
  }
}
