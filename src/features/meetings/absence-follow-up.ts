import type { Meeting } from '../../domain/meetings/index.ts';
import { MEETING } from '../../i18n/meeting-strings.ts';
import type { AppServices } from '../app-services.ts';
import { localeOf } from '../member-locale.ts';
import { nameOf } from './meeting-repo.ts';
import { meetingSubject, toCalendarMeeting } from './meeting-view.ts';
import { sendInvitations } from './send-invitations.ts';

/**
 * Invites the deputy attending in the head's place (already added to `meeting.invitees`): adds them as a
 * required attendee of the calendar event and sends them the meeting card. Returns whether the calendar took it;
 * a calendar failure is logged and reported to the secretary, it never undoes the decision.
 */
export async function inviteSubstitute(meeting: Meeting, deputyId: string, app: AppServices): Promise<boolean> {
  let inCalendar = false;
  if (app.meetingCalendar && meeting.eventId) {
    try {
      await app.meetingCalendar.addAttendees(meeting.eventId, toCalendarMeeting(meeting, app));
      inCalendar = true;
    } catch (error) {
      app.logger.error({ err: error, meetingId: meeting.id, deputyId }, 'substitute not added to the calendar event');
    }
  }
  await sendInvitations(meeting, app, [deputyId]);
  return inCalendar;
}

/** Tells the secretary (not the approver, who knows) that an absence was decided, and about a deputy attending instead. */
export async function tellSecretariesOfDecision(
  meeting: Meeting,
  memberId: string,
  decision: { approved: boolean; by: { id: string; name: string }; substitute?: { id: string; inCalendar: boolean } },
  app: AppServices,
): Promise<void> {
  for (const secretary of app.roster.withRole('secretary')) {
    if (secretary.id === decision.by.id) continue;
    try {
      const locale = await localeOf(app, secretary.id);
      const s = MEETING[locale];
      const extra = decision.substitute ? s.substituteInvited(nameOf(app, decision.substitute.id), decision.substitute.inCalendar) : '';
      const text = s.decisionToSecretary(nameOf(app, memberId), meetingSubject(meeting, locale), decision.approved, decision.by.name) + extra;
      const outcome = await app.messenger.send(secretary.id, { type: 'text', text });
      if (!outcome.ok) app.logger.warn({ memberId: secretary.id, meetingId: meeting.id, reason: outcome.reason }, 'absence decision not delivered to the secretary');
    } catch (error) {
      app.logger.error({ err: error, memberId: secretary.id, meetingId: meeting.id }, 'absence decision notice to the secretary failed');
    }
  }
}
