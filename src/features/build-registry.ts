import { cycleActions, cycleCommands } from './cycles/register.ts';
import { retryUndelivered } from './cycles/send-report-cards.ts';
import { helpCommand } from './help.ts';
import { historyActions, historyCommands } from './history/register.ts';
import { markAbsentCommand, markPresentCommand } from './mark-absent.ts';
import { meetingActions, meetingCommands } from './meetings/register.ts';
import { reminderCommands } from './reminders/register.ts';
import type { FeatureRegistry } from './registry.ts';
import { whoamiCommand } from './whoami.ts';

/** Every command and card verb the bot serves. */
export function buildRegistry(): FeatureRegistry {
  return {
    commands: {
      help: helpCommand,
      whoami: whoamiCommand,
      markAbsent: markAbsentCommand,
      markPresent: markPresentCommand,
      ...cycleCommands,
      ...meetingCommands,
      ...historyCommands,
      ...reminderCommands,
    },
    actions: { ...cycleActions, ...meetingActions, ...historyActions },
    onMemberReachable: async (memberId, app) => {
      app.tasks.run(`deliver-waiting:${memberId}`, () => retryUndelivered(app, memberId));
    },
  };
}
