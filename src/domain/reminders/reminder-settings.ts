import type { DeadlinePolicy, WorkingHours } from '../calendar/index.ts';

/** The parts of the configuration the reminder ladder reads (config.reminders, workingHours, quarterly). */
export interface ReminderSettings {
  /** Working days before the unit deadline that get a reminder (default 3 and 1). */
  daysBefore: number[];
  /** Local 'HH:mm' time of every rung (default 08:30). */
  atTime: string;
  /** Working days after the deadline that still get a reminder (default 3). */
  maxOverdue: number;
  workingHours: WorkingHours;
  /** Where a deadline on a non-working day moves (Civil Code 2015 art. 148(5): next). */
  deadlinePolicy: DeadlinePolicy;
}
