import { formatDate } from '../../domain/calendar/index.ts';
import { dueSelfReportReminders } from '../../domain/inspections/self-report-reminders.ts';
import { INSPECTION } from '../../i18n/inspection-strings.ts';
import { performOnce, type JobContext } from '../jobs/job-context.ts';
import { localeOf } from '../member-locale.ts';
import { unitRecipient } from '../meetings/meeting-repo.ts';
import { reminderSettings } from '../reminders/reminder-settings.ts';
import { requestCard } from './inspection-cards.ts';
import { inspectionDoc, listInspections } from './inspection-repo.ts';

/**
 * The reminder ladder for the units' self-reports (Điều 8.3): on the ladder's working days before
 * the deadline, on the day and after it, each unit that has not reported gets its request card
 * again with the reminder line, once per rung (job ledger), while the team still works.
 */
export async function remindSelfReports(ctx: JobContext): Promise<void> {
  const { app } = ctx;
  const settings = reminderSettings(app);
  for (const inspection of await listInspections(app)) {
    if (ctx.shouldStop()) return;
    if (inspection.status !== 'open') continue;
    const doc = inspectionDoc(inspection.id);
    ctx.docs.add(doc);
    const recorded = new Set((await ctx.ledger.recorded(doc)).keys());
    for (const due of dueSelfReportReminders(inspection, app.calendar, settings, ctx.now, recorded)) {
      const unitName = app.roster.unit(due.unitId)?.name ?? due.unitId;
      await performOnce(ctx, doc, due.covers, `inspections/${inspection.id}/${due.covers.at(-1)}`, `kiểm tra — nhắc ${unitName} gửi báo cáo`, async () => {
        // Read again: the unit may have reported since the list was read.
        const current = await app.repos.inspections.get(inspection.id);
        if (!current || current.status !== 'open' || current.selfReports[due.unitId]) return undefined;
        const owner = await unitRecipient(app, due.unitId);
        if (!owner) return 'unit-not-in-roster';
        const locale = await localeOf(app, owner);
        const notice = INSPECTION[locale].reminderNotice(due.workingDaysLeft, formatDate(due.deadline));
        const outcome = await app.messenger.send(owner, { type: 'card', card: requestCard(current, due.unitId, locale, app, { notice }) });
        return outcome.ok ? undefined : outcome.reason;
      });
    }
  }
}
