import { adjustDeadline, isWorkingDay, workingDaysBetween, type WorkingCalendar } from '../calendar/index.ts';
import type { MeetingTask } from './meeting-model.ts';

/** One reminder the engine should send today: `daysLeft` working days before the deadline (negative: overdue). */
export interface TaskReminder {
  taskId: string;
  unitId: string;
  daysLeft: number;
}

export interface TaskReminderRules {
  /** Working days before the deadline to remind on, e.g. [3, 1]; the deadline day itself always reminds. */
  daysBefore: number[];
  /** Overdue reminders on at most this many working days after the deadline. */
  maxOverdue: number;
}

/**
 * Open tasks to remind on `today` (yyyy-mm-dd): never on a non-working day, on the ladder days
 * before the deadline, on the deadline, and on the first `maxOverdue` working days after it; once per day.
 */
export function dueTaskReminders(tasks: MeetingTask[], today: string, cal: WorkingCalendar, rules: TaskReminderRules): TaskReminder[] {
  if (!isWorkingDay(cal, today)) return [];
  const due: TaskReminder[] = [];
  for (const task of tasks) {
    if (task.status !== 'open' || task.remindedOn.includes(today)) continue;
    const daysLeft = signedWorkingDays(cal, today, task.deadline);
    const onLadder = daysLeft > 0 && rules.daysBefore.includes(daysLeft);
    const overdue = daysLeft < 0 && -daysLeft <= rules.maxOverdue;
    if (onLadder || daysLeft === 0 || overdue) due.push({ taskId: task.id, unitId: task.unitId, daysLeft });
  }
  return due;
}

/** Signed working days from `today` to the deadline, moved off a day off as art. 148(5) says (0 on the day, negative after). */
function signedWorkingDays(cal: WorkingCalendar, today: string, deadline: string): number {
  return workingDaysBetween(cal, today, adjustDeadline(cal, deadline, 'next'));
}
