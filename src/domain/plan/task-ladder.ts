import { addWorkingDays, localDate, workingDaysBetween, type WorkingCalendar } from '../calendar/index.ts';
import { effectiveDeadline, isSendingAllowed, ladderRungs, sendMoment, type ReminderSettings } from '../reminders/index.ts';
import type { AnnualPlan, PlanTask } from './plan-model.ts';
import { isOpen } from './plan-progress.ts';
import { dueDate } from './task-deadline.ts';

/**
 * How many working days late a missed rung may still go out: an outage is caught up, but a plan
 * imported in May does not remind the tasks that were due in February.
 */
export const TASK_CATCH_UP_WORKING_DAYS = 2;

/** One reminder to a task's lead unit; missed rungs collapse into the latest, as for reports. */
export interface PlanTaskReminder {
  taskId: string;
  unitId: string;
  rung: string;
  /** Ledger keys this one message settles. */
  covers: string[];
  /** The deadline as it really ends (moved off a day off, art. 148(5)). */
  deadline: string;
  /** Working days from today to the deadline: positive before, 0 on the day, negative when overdue. */
  workingDaysLeft: number;
}

/** The first working day after their deadline: the tasks still open, in one card to the standing member and the chief. */
export interface PlanTaskEscalation {
  taskIds: string[];
  covers: string[];
}

/**
 * Ledger key of one rung of a task's ladder: the deadline is part of it, so a task whose deadline is
 * edited starts its ladder again, and one whose deadline stays never hears the same rung twice.
 */
export function taskRungKey(task: PlanTask, year: number, rung: string): string {
  return `${task.id}.${dueDate(task.deadline, year)}.${rung}`;
}

/** When a task added by card entered the plan (rungs before that were never due); undefined for imported tasks. */
function addedAt(task: PlanTask): Date | undefined {
  const added = task.changes?.find((c) => c.kind === 'added');
  return added ? new Date(added.at) : undefined;
}

/**
 * What the plan's ladder has due at `now`, given the ledger keys already recorded. Pure: the caller
 * records each item's `covers` before counting it sent. Nothing is due outside working hours; done
 * and cancelled tasks are never due.
 */
export function duePlanTasks(plan: AnnualPlan, cal: WorkingCalendar, settings: ReminderSettings, now: Date, recorded: ReadonlySet<string>): { reminders: PlanTaskReminder[]; escalation?: PlanTaskEscalation } {
  if (!isSendingAllowed(cal, now, settings)) return { reminders: [] };
  const today = localDate(now);
  const floor = addWorkingDays(cal, today, -TASK_CATCH_UP_WORKING_DAYS);
  const reminders: PlanTaskReminder[] = [];
  const escalation: PlanTaskEscalation = { taskIds: [], covers: [] };
  for (const task of plan.tasks.filter(isOpen)) {
    const deadline = effectiveDeadline(cal, dueDate(task.deadline, plan.year), settings);
    const since = addedAt(task);
    const reached = ladderRungs(cal, deadline, settings).filter((r) => r.at <= now && (!since || r.at > since));
    const pending = reached.filter((r) => !recorded.has(taskRungKey(task, plan.year, r.id)));
    const latest = pending.at(-1);
    if (latest && latest.date >= floor) {
      const covers = pending.map((r) => taskRungKey(task, plan.year, r.id));
      reminders.push({ taskId: task.id, unitId: task.leadUnitId, rung: latest.id, covers, deadline, workingDaysLeft: workingDaysBetween(cal, today, deadline) });
    }
    const escalationDay = addWorkingDays(cal, deadline, 1);
    const key = taskRungKey(task, plan.year, 'escalation');
    const at = sendMoment(cal, escalationDay, settings);
    if (at <= now && (!since || at > since) && escalationDay >= floor && !recorded.has(key)) {
      escalation.taskIds.push(task.id);
      escalation.covers.push(key);
    }
  }
  return escalation.taskIds.length ? { reminders, escalation } : { reminders };
}
