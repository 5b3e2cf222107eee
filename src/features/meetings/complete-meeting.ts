import type { Meeting } from '../../domain/meetings/index.ts';
import type { AppServices } from '../app-services.ts';
import { CalendarRefusedError } from './meeting-calendar.ts';

import { toCalendarMeeting } from './meeting-view.ts';
import { sendInvitations } from './send-invitations.ts';
import { publish } from '../app-events.ts';

export type Completion = { status: 'scheduled'; meeting: Meeting; reached: number } | { status: 'done-elsewhere'; meeting: Meeting } | { status: 'refused' };

/**
 * Finishes a claimed meeting: creates its calendar event (idempotent per meeting id, so this may run
 * again after a timeout or a restart), then moves it from 'creating' to 'scheduled'. Only the caller
 * that makes that move sends the invitation cards, so a retry racing the first attempt sends none.
 * A refusal (nothing created) releases the claim; any other failure throws and leaves it in doubt.
 */
export async function completeMeeting(claimed: Meeting, app: AppServices): Promise<Completion> {
  const calendar = app.meetingCalendar;
  if (!calendar) throw new Error('no meeting calendar configured');
  let created;
  try {
    created = await calendar.create(toCalendarMeeting(claimed, app));
  } catch (error) {
    if (!(error instanceof CalendarRefusedError)) throw error;
    app.logger.warn({ err: error, meetingId: claimed.id }, 'calendar refused the event; meeting claim released');
    await app.repos.meetings.delete(claimed.id);
    return { status: 'refused' };
  }
  let scheduled: Meeting | undefined;
  const current = await app.repos.meetings.update(claimed.id, (doc) => {
    if (!doc || doc.status !== 'creating') return undefined;
    scheduled = { ...doc, status: 'scheduled', eventId: created.eventId, ...(created.joinUrl ? { joinUrl: created.joinUrl } : {}), invitationsPending: true };
    return scheduled;
  });
  if (!scheduled) return { status: 'done-elsewhere', meeting: current ?? (await app.repos.meetings.get(claimed.id)) ?? claimed };
  const reached = await sendInvitations(scheduled, app);
  const meeting = await app.repos.meetings.update(claimed.id, (doc) => (doc ? { ...doc, invitationsPending: false } : undefined));
  publish(app, { type: 'meeting.invited', meetingId: claimed.id });
  return { status: 'scheduled', meeting: meeting ?? scheduled, reached };
}

/**
 * Meetings whose creation is in doubt (a timeout, a 5xx after the retries, a crash between Graph's
 * answer and our record) are completed, never created twice; at start, invitations a crash
 * interrupted are sent to the invitees who have no card yet. Returns how many were settled.
 */
export async function reconcileMeetings(app: AppServices, options: { atStart: boolean }): Promise<number> {
  let settled = 0;
  for (const id of await app.repos.meetings.ids()) {
    const meeting = await app.repos.meetings.get(id);
    try {
      if (meeting?.status === 'creating') {
        const done = await completeMeeting(meeting, app);
        if (done.status !== 'done-elsewhere') settled++;
        app.logger.info({ meetingId: id, outcome: done.status }, 'meeting creation in doubt reconciled');
      } else if (options.atStart && meeting?.status === 'scheduled' && meeting.invitationsPending) {
        // Only at start: no turn of this process can be sending these cards now.
        await sendInvitations(meeting, app, meeting.invitees.filter((m) => !meeting.cards[m]));
        await app.repos.meetings.update(id, (doc) => (doc ? { ...doc, invitationsPending: false } : undefined));
        publish(app, { type: 'meeting.invited', meetingId: id });
        settled++;
      }
    } catch (error) {
      app.logger.warn({ err: error, meetingId: id }, 'meeting creation still in doubt; retried on the next pass');
    }
  }
  return settled;
}
