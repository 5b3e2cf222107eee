import { meetingWindow, parseMeetingLine, validateMeetingDraft, type Meeting } from '../../domain/meetings/index.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { MEETING } from '../../i18n/meeting-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { withMeetingMessages } from './input-errors.ts';
import { infoCard, inviteCard } from './meeting-cards.ts';
import { listMeetings, localeOf, MEETINGS } from './meeting-repo.ts';
import { displayWhen, meetingSubject, toCalendarMeeting } from './meeting-view.ts';

/** The scheduled meeting starting soonest after `now`. */
async function nextMeeting(app: AppServices, locale: 'vi' | 'en'): Promise<Meeting> {
  const now = app.clock().getTime();
  const upcoming = (await listMeetings(app)).filter((m) => m.status === 'scheduled' && meetingWindow(m).start.getTime() > now).sort((a, b) => meetingWindow(a).start.getTime() - meetingWindow(b).start.getTime());
  if (!upcoming[0]) throw new ValidationError('meeting', MEETING[locale].noUpcoming);
  return upcoming[0];
}

/** Replaces each invitee's card and tells them what changed; returns how many were told. */
async function tellInvitees(app: AppServices, meeting: Meeting, notice: (locale: 'vi' | 'en') => { title: string; text: string }): Promise<number> {
  let reached = 0;
  for (const memberId of meeting.invitees) {
    try {
      const locale = await localeOf(app, memberId);
      const cardId = meeting.cards[memberId];
      if (cardId) await app.messenger.update(memberId, cardId, { type: 'card', card: inviteCard(meeting, memberId, locale) });
      const { title, text } = notice(locale);
      const outcome = await app.messenger.send(memberId, { type: 'card', card: infoCard(title, text) });
      if (outcome.ok) reached++;
    } catch (error) {
      app.logger.error({ err: error, memberId, meetingId: meeting.id }, 'meeting change notice failed');
    }
  }
  return reached;
}

/** `dời họp 06/12/2026 14:00 [90 phút] [tại …]`: moves the next meeting, updates Outlook and every card. */
export async function rescheduleCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  await requirePermission(turn.caller, 'meeting.schedule', app);
  const locale = turn.caller.locale;
  const s = MEETING[locale];
  if (!turn.args.trim()) return [{ type: 'text', text: s.changeUsage }];
  const line = withMeetingMessages(locale, () => parseMeetingLine(turn.args));
  const current = await nextMeeting(app, locale);
  const moved: Meeting = {
    ...current,
    date: line.date,
    start: line.start,
    durationMinutes: line.durationMinutes ?? current.durationMinutes,
    place: line.place || current.place,
    agenda: line.agenda.length ? line.agenda : current.agenda,
    sequence: current.sequence + 1,
  };
  delete moved.digestSentAt;
  withMeetingMessages(locale, () => validateMeetingDraft(moved, app.clock(), (id) => app.roster.member(id) !== undefined));
  if (!app.meetingCalendar || !current.eventId) throw new ValidationError('calendar', s.unavailable);
  await app.meetingCalendar.update(current.eventId, toCalendarMeeting(moved, app));
  await app.store.update<Meeting>(MEETINGS, current.id, (doc) => (doc ? { ...moved, responses: doc.responses, cards: doc.cards } : undefined));
  const reached = await tellInvitees(app, moved, (l) => ({ title: MEETING[l].rescheduledTitle, text: MEETING[l].rescheduled(meetingSubject(current, l), displayWhen(moved), moved.place) }));
  return [{ type: 'text', text: s.changeDone(reached, moved.invitees.length) }];
}

/** `hủy họp [lý do]`: cancels the next meeting in Outlook and tells every invitee. */
export async function cancelMeetingCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  await requirePermission(turn.caller, 'meeting.schedule', app);
  const locale = turn.caller.locale;
  const s = MEETING[locale];
  const reason = turn.args.normalize('NFC').trim();
  const current = await nextMeeting(app, locale);
  if (!app.meetingCalendar || !current.eventId) throw new ValidationError('calendar', s.unavailable);
  await app.meetingCalendar.cancel(current.eventId, toCalendarMeeting(current, app), MEETING.vi.cancelled(meetingSubject(current, 'vi'), reason));
  const cancelled: Meeting = { ...current, status: 'cancelled' };
  await app.store.update<Meeting>(MEETINGS, current.id, (doc) => (doc ? { ...doc, status: 'cancelled' } : undefined));
  const reached = await tellInvitees(app, cancelled, (l) => ({ title: MEETING[l].cancelledTitle, text: MEETING[l].cancelled(meetingSubject(current, l), reason) }));
  return [{ type: 'text', text: s.changeDone(reached, current.invitees.length) }];
}
