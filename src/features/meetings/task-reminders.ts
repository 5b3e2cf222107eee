import { formatDate, localDate } from '../../domain/calendar/index.ts';
import { dueTaskReminders, type MeetingTask, type TaskReminder } from '../../domain/meetings/index.ts';
import { MEETING } from '../../i18n/meeting-strings.ts';
import type { AppServices } from '../app-services.ts';
import { taskCard } from './meeting-cards.ts';
import { localeOf } from '../member-locale.ts';
import { listTasks, unitRecipient } from './meeting-repo.ts';

/** The task reminders due at `now` (working days only, ladder from config.reminders). */
export async function dueTaskRemindersAt(app: AppServices, now: Date): Promise<TaskReminder[]> {
  return dueTaskReminders(await listTasks(app), localDate(now), app.calendar, { daysBefore: app.config.reminders.daysBefore, maxOverdue: app.config.reminders.maxOverdue });
}

/** Reminder-engine job: sends each due task card to its unit once per day; one failure never stops the rest. */
export async function sendTaskReminders(app: AppServices, now: Date): Promise<number> {
  const today = localDate(now);
  let sent = 0;
  for (const reminder of await dueTaskRemindersAt(app, now)) {
    try {
      let claimed: MeetingTask | undefined;
      await app.repos.tasks.update(reminder.taskId, (current) => {
        if (!current || current.remindedOn.includes(today)) return undefined;
        claimed = { ...current, remindedOn: [...current.remindedOn, today] };
        return claimed;
      });
      const owner = claimed ? await unitRecipient(app, reminder.unitId) : undefined;
      if (!claimed || !owner) continue;
      const locale = await localeOf(app, owner);
      const notice = MEETING[locale].taskReminder(reminder.daysLeft, formatDate(claimed.deadline));
      const outcome = await app.messenger.send(owner, { type: 'card', card: taskCard(claimed, app, locale, notice) });
      if (outcome.ok) sent++;
      else app.logger.warn({ owner, taskId: reminder.taskId, reason: outcome.reason }, 'task reminder not delivered');
    } catch (error) {
      app.logger.error({ err: error, taskId: reminder.taskId }, 'task reminder failed');
    }
  }
  return sent;
}
