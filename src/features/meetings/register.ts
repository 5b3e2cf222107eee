import type { ActionHandler, CommandHandler } from '../registry.ts';
import type { CommandName } from '../../domain/commands/match-command.ts';
import { attendAction, decideAction, leaveAction, leaveFormAction } from './attendance.ts';
import { cancelMeetingCommand, rescheduleCommand } from './change-meeting.ts';
import { concludeCommand, conclusionsAction } from './conclusions.ts';
import { createMeetingAction, meetingCommand } from './schedule-meeting.ts';
import { taskUpdateAction, tasksCommand } from './tasks.ts';

export { sendMeetingDigests } from './meeting-digests.ts';
export { dueTaskRemindersAt, sendTaskReminders } from './task-reminders.ts';

/** Text commands of the meetings feature, spread into the registry. */
export const meetingCommands: Partial<Record<CommandName, CommandHandler>> = {
  meeting: meetingCommand,
  reschedule: rescheduleCommand,
  cancelMeeting: cancelMeetingCommand,
  conclude: concludeCommand,
  tasks: tasksCommand,
};

/** Card verbs of the meetings feature. */
export const meetingActions: Record<string, ActionHandler> = {
  'meeting.create': createMeetingAction,
  'meeting.attend': attendAction,
  'meeting.leaveForm': leaveFormAction,
  'meeting.leave': leaveAction,
  'meeting.decide': decideAction,
  'meeting.conclusions': conclusionsAction,
  'task.update': taskUpdateAction,
};
