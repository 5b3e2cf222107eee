import { meetingNudgeDue, nudgeKey } from '../../domain/reminders/index.ts';
import { listMeetings } from './meeting-repo.ts';
import { localDate } from '../../domain/calendar/index.ts';
import { REMINDER } from '../../i18n/reminder-strings.ts';
import { reminderSettings } from '../reminders/reminder-settings.ts';
import { performOnce, sendToAll, type JobContext } from '../jobs/job-context.ts';
import { autoDoc } from '../jobs/ledger-docs.ts';

/**
 * On the 25th (or the next working moment), reminds the secretary when no committee meeting is scheduled
 * for the month (Điều 7.2). Cancelled meetings and group meetings (họp nhóm) do not count.
 */
export async function nudgeSecretary(ctx: JobContext): Promise<void> {
  const { app, now } = ctx;
  const month = localDate(now).slice(0, 7);
  const doc = autoDoc(month.slice(0, 4));
  ctx.docs.add(doc);
  const recorded = new Set((await ctx.ledger.recorded(doc)).keys());
  if (recorded.has(nudgeKey(month))) return;
  // Ask first as if no meeting existed: before the 25th (most ticks) the meetings are not read at all.
  if (!meetingNudgeDue(app.calendar, reminderSettings(app), now, 0, recorded)) return;
  const meetings = (await listMeetings(app)).filter((m) => m.status !== 'cancelled' && m.kind !== 'group' && m.date.startsWith(month));
  const due = meetingNudgeDue(app.calendar, reminderSettings(app), now, meetings.length, recorded);
  if (!due) return;
  const display = `${due.slice(5, 7)}/${due.slice(0, 4)}`;
  const secretaries = app.roster.withRole('secretary').map((m) => m.id);
  await performOnce(ctx, doc, [nudgeKey(due)], `auto/${due}/meeting-nudge`, REMINDER.vi.jobs.meetingNudge(display), () =>
    sendToAll(app, secretaries, (locale) => ({ type: 'text', text: REMINDER[locale].meetingNudge(display) })),
  );
}
