import type { ReminderSettings } from '../../domain/reminders/index.ts';
import type { AppServices } from '../app-services.ts';

/** The reminder ladder's settings from the configuration (manual reminders and the scheduler read the same). */
export function reminderSettings(app: Pick<AppServices, 'config'>): ReminderSettings {
  return { ...app.config.reminders, workingHours: app.config.workingHours, deadlinePolicy: app.config.quarterly.deadlinePolicy };
}
