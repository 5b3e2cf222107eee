import { addWorkingDays, localDate, type WorkingCalendar } from '../calendar/index.ts';
import { sendMoment } from '../reminders/index.ts';
import type { ReminderSettings } from '../reminders/index.ts';
import type { Poll } from './poll-model.ts';

/**
 * The one reminder to members who have not answered (Điều 7.3): the working day before the
 * deadline at the ladder's reminder time, or the deadline day itself for a poll opened later than that.
 */
export function pollReminderMoment(cal: WorkingCalendar, poll: Poll, settings: Pick<ReminderSettings, 'atTime' | 'workingHours'>): Date {
  const before = addWorkingDays(cal, poll.deadline, -1);
  const opened = localDate(new Date(poll.createdAt));
  return sendMoment(cal, before > opened ? before : poll.deadline, settings);
}
