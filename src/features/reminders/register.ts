import type { CommandName } from '../../domain/commands/match-command.ts';
import type { CommandHandler } from '../registry.ts';
import { remindCommand } from './remind-command.ts';

export { lateUnitsCard, reminderCard } from './reminder-cards.ts';
export { sendUnitReminder } from './send-reminder.ts';

/** Commands of the reminders feature, spread into the registry. */
export const reminderCommands: Partial<Record<CommandName, CommandHandler>> = {
  remind: remindCommand,
};
