import { localDate } from '../../domain/calendar/index.ts';
import { tallyPoll } from '../../domain/polls/poll-rules.ts';
import { pollReminderMoment } from '../../domain/polls/poll-reminder.ts';
import { formatDate } from '../../domain/calendar/index.ts';
import { POLL } from '../../i18n/poll-strings.ts';
import { performOnce, sendToAll, type JobContext } from '../jobs/job-context.ts';
import { decisionMaker } from '../members/decision-maker.ts';
import { reminderSettings } from '../reminders/reminder-settings.ts';
import { pollResultCard } from './poll-cards.ts';
import { findPoll, listPolls, pollDoc, updatePoll } from './poll-repo.ts';

/** Reminds, once per poll, the members who have not answered, on the ladder's day before the deadline. */
export async function remindPollNonRespondents(ctx: JobContext): Promise<void> {
  const { app } = ctx;
  const today = localDate(ctx.now);
  for (const poll of await listPolls(app)) {
    if (ctx.shouldStop()) return;
    if (poll.status !== 'open' || today > poll.deadline) continue;
    if (ctx.now < pollReminderMoment(app.calendar, poll, reminderSettings(app))) continue;
    await performOnce(ctx, pollDoc(poll.id), ['remind'], `polls/remind:${poll.id}`, `lấy ý kiến — nhắc thành viên chưa trả lời`, async () => {
      // Read again: members may have answered since the list was read.
      const current = (await findPoll(app, poll.id)) ?? poll;
      const missing = tallyPoll(current).notAnswered;
      if (missing.length === 0) return undefined;
      return sendToAll(app, missing, (locale) => ({ type: 'text', text: POLL[locale].reminder(current.question, formatDate(current.deadline)) }));
    });
  }
}

/** After the deadline day: closes the poll and sends the tally, once, to whoever receives what goes to the chief. */
export async function closeDuePolls(ctx: JobContext): Promise<void> {
  const { app } = ctx;
  const today = localDate(ctx.now);
  for (const poll of await listPolls(app)) {
    if (ctx.shouldStop()) return;
    if (poll.status !== 'open' || today <= poll.deadline) continue;
    const closed = await updatePoll(app, poll.id, (current) => (current && current.status === 'open' ? { ...current, status: 'closed' } : undefined));
    const final = closed ?? poll;
    await performOnce(ctx, pollDoc(poll.id), ['result'], `polls/result:${poll.id}`, `lấy ý kiến — kết quả trình Trưởng Ban`, async () => {
      const to = await decisionMaker(app);
      return sendToAll(app, to.memberIds, (locale) => ({ type: 'card', card: pollResultCard(final, locale, app, { open: true, onBehalfOfChief: to.onBehalfOfChief }) }));
    });
  }
}
