import { defineVerb, type FeatureModule } from '../feature-module.ts';
import { MEETINGS, TASKS } from '../repositories.ts';
import { CONCLUSIONS_FORM, DECISION, LEAVE_FORM, MEETING_CARD, MEETING_FORM, TASK_UPDATE } from './card-payloads.ts';
import { attendAction, decideAction, leaveAction, leaveFormAction } from './attendance.ts';
import { cancelMeetingCommand, rescheduleCommand } from './change-meeting.ts';
import { concludeCommand, conclusionsAction } from './conclusions.ts';
import { sendMeetingDigests } from './meeting-digests.ts';
import { nudgeSecretary } from './meeting-nudge.ts';
import { createMeetingAction, meetingCommand } from './schedule-meeting.ts';
import { sendTaskReminders } from './task-reminders.ts';
import { taskUpdateAction, tasksCommand } from './tasks.ts';

/** Meetings (Điều 7): invitations with a Teams meeting, leave with written opinions, conclusions and tasks. */
export const meetingsModule: FeatureModule = {
  name: 'meetings',
  commands: [
    { name: 'meeting', phrases: ['lich hop', 'hop', 'meeting', 'schedule meeting'], allow: ['meeting.schedule'], handler: meetingCommand },
    { name: 'reschedule', phrases: ['doi hop', 'reschedule'], allow: ['meeting.schedule'], handler: rescheduleCommand },
    { name: 'cancelMeeting', phrases: ['huy hop', 'cancel meeting'], allow: ['meeting.schedule'], handler: cancelMeetingCommand },
    { name: 'conclude', phrases: ['ket luan', 'conclusions', 'conclude'], allow: ['meeting.conclude'], handler: concludeCommand },
    { name: 'tasks', phrases: ['nhiem vu', 'tasks'], allow: ['tasks.viewAll', 'tasks.viewOwn'], handler: tasksCommand },
  ],
  verbs: [
    defineVerb({ verb: 'meeting.create', allow: ['meeting.schedule'], schema: MEETING_FORM, handler: createMeetingAction }),
    defineVerb({ verb: 'meeting.attend', allow: ['meeting.respond'], schema: MEETING_CARD, handler: attendAction }),
    defineVerb({ verb: 'meeting.leaveForm', allow: ['meeting.respond'], schema: MEETING_CARD, handler: leaveFormAction }),
    defineVerb({ verb: 'meeting.leave', allow: ['meeting.respond'], schema: LEAVE_FORM, handler: leaveAction }),
    defineVerb({ verb: 'meeting.decide', allow: ['meeting.approveAbsence'], schema: DECISION, handler: decideAction }),
    defineVerb({ verb: 'meeting.conclusions', allow: ['meeting.conclude'], schema: CONCLUSIONS_FORM, handler: conclusionsAction }),
    defineVerb({ verb: 'task.update', allow: ['task.update'], schema: TASK_UPDATE, handler: taskUpdateAction }),
  ],
  jobs: [
    { name: 'auto/meeting-nudge', when: 'working-hours', order: 30, run: nudgeSecretary },
    { name: 'meetings/digests', when: 'working-hours', order: 40, run: (ctx) => sendMeetingDigests(ctx.app, ctx.now) },
    { name: 'meetings/task-reminders', when: 'working-hours', order: 50, run: (ctx) => sendTaskReminders(ctx.app, ctx.now) },
  ],
  collections: [MEETINGS, TASKS],
};
