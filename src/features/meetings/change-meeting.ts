import {
  chooseMeeting,
  parseMeetingLine,
  parseMeetingSelector,
  parseRescheduleArgs,
  upcomingMeetings,
  validateMeetingDraft,
  type Meeting,
  type MeetingSelector,
} from '../../domain/meetings/index.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MEETING } from '../../i18n/meeting-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { withMeetingMessages } from './input-errors.ts';
import { infoCard, inviteCard } from './meeting-cards.ts';
import { localeOf } from '../member-locale.ts';
import { listMeetings } from './meeting-repo.ts';
import { displayWhen, meetingSubject, toCalendarMeeting } from './meeting-view.ts';
import { formatDate } from '../../domain/calendar/index.ts';

type ChangeKind = 'reschedule' | 'cancel';

/**
 * The upcoming meeting a change command means: the one named by date (and time), or the only one.
 * With several and none named, the answer is a short list asking which one; nothing is guessed.
 */
async function targetMeeting(app: AppServices, locale: Locale, change: ChangeKind, selector?: MeetingSelector): Promise<{ meeting: Meeting } | { replies: Reply[] }> {
  const s = MEETING[locale];
  const upcoming = upcomingMeetings(await listMeetings(app), app.clock());
  const choice = chooseMeeting(upcoming, selector);
  if (choice.kind === 'one') return { meeting: choice.meeting };
  const named = selector ? `${formatDate(selector.date)}${selector.start ? ` ${selector.start}` : ''}` : '';
  const candidates = choice.kind === 'ambiguous' ? choice.candidates : upcoming;
  if (candidates.length === 0) throw new ValidationError('meeting', selector ? s.noMeetingOn(named) : s.noUpcoming);
  const first = candidates[0]!;
  const sameDay = candidates.filter((m) => m.date === first.date).length > 1;
  const example = `${formatDate(first.date)}${sameDay ? ` ${first.start}` : ''}`;
  const lead = choice.kind === 'none' ? s.noMeetingOn(named) : s.severalUpcoming(candidates.length);
  const text = `${lead} ${s.chooseText(change === 'reschedule' ? s.rescheduleExample(example) : s.cancelExample(example))}`;
  const items = candidates.map((m) => s.choiceLine(displayWhen(m), s.kinds[m.kind], m.place));
  return { replies: [{ type: 'card', card: infoCard(s.chooseTitle[change], text, [], [{ heading: s.upcomingHeading, items }]) }] };
}

/** Replaces each invitee's card and tells them what changed; returns how many were told. */
async function tellInvitees(app: AppServices, meeting: Meeting, notice: (locale: Locale) => { title: string; text: string }): Promise<number> {
  let reached = 0;
  for (const memberId of meeting.invitees) {
    try {
      const locale = await localeOf(app, memberId);
      const cardId = meeting.cards[memberId];
      if (cardId) await app.messenger.update(memberId, cardId, { type: 'card', card: inviteCard(meeting, memberId, locale, app) });
      const { title, text } = notice(locale);
      const outcome = await app.messenger.send(memberId, { type: 'card', card: infoCard(title, text) });
      if (outcome.ok) reached++;
    } catch (error) {
      app.logger.error({ err: error, memberId, meetingId: meeting.id }, 'meeting change notice failed');
    }
  }
  return reached;
}

/** `dời họp [05/12/2026 sang] 06/12/2026 14:00 [90 phút] [tại …]`: moves the meeting, updates Outlook and every card. */
export async function rescheduleCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  await requirePermission(turn.caller, 'meeting.schedule', app);
  const locale = turn.caller.locale;
  const s = MEETING[locale];
  if (!turn.args.trim()) return [{ type: 'text', text: s.changeUsage }];
  const args = withMeetingMessages(locale, () => parseRescheduleArgs(turn.args));
  const line = withMeetingMessages(locale, () => parseMeetingLine(args.line));
  const target = await targetMeeting(app, locale, 'reschedule', args.selector);
  if ('replies' in target) return target.replies;
  const current = target.meeting;
  const changes = {
    date: line.date,
    start: line.start,
    durationMinutes: line.durationMinutes ?? current.durationMinutes,
    place: line.place || current.place,
    agenda: line.agenda.length ? line.agenda : current.agenda,
    sequence: current.sequence + 1,
  };
  const moved: Meeting = { ...current, ...changes };
  delete moved.digestSentAt;
  withMeetingMessages(locale, () => validateMeetingDraft(moved, app.clock(), (id) => app.roster.member(id) !== undefined));
  if (!app.meetingCalendar || !current.eventId) throw new ValidationError('calendar', s.unavailable);
  await app.meetingCalendar.update(current.eventId, toCalendarMeeting(moved, app));
  // Answers, cards and substitutes may have changed since `current` was read; keep the stored ones.
  const saved = await app.repos.meetings.update(current.id, (doc) => {
    if (!doc) return undefined;
    const next: Meeting = { ...doc, ...changes };
    delete next.digestSentAt;
    return next;
  });
  const told = saved ?? moved;
  const reached = await tellInvitees(app, told, (l) => ({ title: MEETING[l].rescheduledTitle, text: MEETING[l].rescheduled(meetingSubject(current, l), displayWhen(told), told.place) }));
  return [{ type: 'text', text: s.changeDone(reached, told.invitees.length) }];
}

/** `hủy họp [05/12/2026] [lý do]`: cancels the meeting in Outlook and tells every invitee. */
export async function cancelMeetingCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  await requirePermission(turn.caller, 'meeting.schedule', app);
  const locale = turn.caller.locale;
  const s = MEETING[locale];
  const { selector, rest: reason } = withMeetingMessages(locale, () => parseMeetingSelector(turn.args));
  const target = await targetMeeting(app, locale, 'cancel', selector);
  if ('replies' in target) return target.replies;
  const current = target.meeting;
  if (!app.meetingCalendar || !current.eventId) throw new ValidationError('calendar', s.unavailable);
  await app.meetingCalendar.cancel(current.eventId, toCalendarMeeting(current, app), MEETING.vi.cancelled(meetingSubject(current, 'vi'), reason));
  const saved = await app.repos.meetings.update(current.id, (doc) => (doc ? { ...doc, status: 'cancelled' } : undefined));
  const cancelled: Meeting = saved ?? { ...current, status: 'cancelled' };
  const reached = await tellInvitees(app, cancelled, (l) => ({ title: MEETING[l].cancelledTitle, text: MEETING[l].cancelled(meetingSubject(current, l), reason) }));
  return [{ type: 'text', text: s.changeDone(reached, cancelled.invitees.length) }];
}
