import { renderCard } from '../../cards/render-card.ts';
import {
  committeeMemberIds,
  DEFAULT_DURATION_MINUTES,
  MEETING_KINDS,
  parseDurationMinutes,
  parseMeetingDate,
  parseMeetingLine,
  parseMeetingTime,
  splitAgenda,
  validateMeetingDraft,
  type Meeting,
  type MeetingDraft,
  type MeetingKind,
} from '../../domain/meetings/index.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { MEETING } from '../../i18n/meeting-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { ActionResult } from '../registry.ts';
import type { ActionTurn, Caller, CommandTurn } from '../turn.ts';
import { withMeetingMessages } from './input-errors.ts';
import { newToken } from './meeting-repo.ts';
import { completeMeeting } from './complete-meeting.ts';
import { meetingSubject } from './meeting-view.ts';

/** `họp` / `meeting`: the form card, or with a one-line form, the meeting itself. */
export async function meetingCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  await requirePermission(turn.caller, 'meeting.schedule', app);
  const locale = turn.caller.locale;
  if (turn.args.trim() === '') return [{ type: 'card', card: meetingForm(app, locale) }];
  const line = withMeetingMessages(locale, () => parseMeetingLine(turn.args));
  const draft: MeetingDraft = { kind: 'regular', ...line, durationMinutes: line.durationMinutes ?? DEFAULT_DURATION_MINUTES, online: true, invitees: committeeMemberIds(app.roster) };
  const message = await scheduleMeeting(draft, newToken(), turn.caller, app);
  return [{ type: 'text', text: message }];
}

function meetingForm(app: AppServices, locale: 'vi' | 'en') {
  const s = MEETING[locale];
  const members = committeeMemberIds(app.roster).map((id) => ({ id, name: app.roster.member(id)?.name ?? id }));
  return renderCard('meeting-form', {
    title: s.form.title,
    labels: s.form,
    kinds: MEETING_KINDS.map((k) => ({ value: k, title: s.kinds[k] })),
    members,
    formToken: newToken(),
  });
}

function text(data: Record<string, unknown>, key: string): string {
  const value = data[key];
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** `meeting.create`: the form was submitted; the form token makes a double click harmless. */
export async function createMeetingAction(turn: ActionTurn, app: AppServices): Promise<ActionResult> {
  await requirePermission(turn.caller, 'meeting.schedule', app);
  const locale = turn.caller.locale;
  const token = text(turn.data, 'formToken');
  if (!/^[A-Za-z0-9]{8,40}$/.test(token)) throw new ValidationError('formToken', MEETING[locale].problems.format(''));
  const draft = withMeetingMessages(locale, (): MeetingDraft => {
    const inviteAll = text(turn.data, 'inviteAll') !== 'false';
    const chosen = text(turn.data, 'invitees').split(',').map((x) => x.trim()).filter(Boolean);
    return {
      kind: text(turn.data, 'kind') as MeetingKind,
      date: parseMeetingDate(text(turn.data, 'date')),
      start: parseMeetingTime(text(turn.data, 'start')),
      durationMinutes: parseDurationMinutes(text(turn.data, 'duration') || String(DEFAULT_DURATION_MINUTES)),
      place: text(turn.data, 'place'),
      online: text(turn.data, 'online') !== 'false',
      agenda: splitAgenda(text(turn.data, 'agenda')),
      invitees: inviteAll ? committeeMemberIds(app.roster) : [...new Set(chosen)],
    };
  });
  return { message: await scheduleMeeting(draft, token, turn.caller, app) };
}

/**
 * Validates, claims the meeting id (so a second submit does nothing), creates exactly one calendar
 * event, then sends each invitee their card. Returns the confirmation for the organiser.
 */
export async function scheduleMeeting(draft: MeetingDraft, token: string, caller: Caller, app: AppServices): Promise<string> {
  const s = MEETING[caller.locale];
  withMeetingMessages(caller.locale, () => validateMeetingDraft(draft, app.clock(), (id) => app.roster.member(id) !== undefined));
  const calendar = app.meetingCalendar;
  if (!calendar) throw new ValidationError('calendar', s.unavailable);
  // The meeting records the mailbox that really sends the invitations, so replies and changes go to the same place.
  const organizer = calendar.organizerMailbox ?? app.config.organizerMailbox ?? app.roster.withRole('secretary')[0]?.email ?? caller.member?.email ?? '';
  const id = `m-${token}`;
  let claimed: Meeting | undefined;
  await app.repos.meetings.update(id, (current) => {
    if (current) return undefined;
    claimed = { ...draft, id, status: 'creating', organizer, createdBy: caller.member?.id ?? '', createdAt: app.clock().toISOString(), sequence: 0, responses: {}, cards: {}, substitutes: {} };
    return claimed;
  });
  if (!claimed) return s.alreadyCreated;
  let done;
  try {
    done = await completeMeeting(claimed, app);
  } catch (error) {
    // Graph may have created the event (a timeout, a 5xx after the work): the claim stays, and the reconciler finishes it with the same transactionId.
    app.logger.warn({ err: error, meetingId: id }, 'calendar event creation in doubt; kept for reconciliation');
    throw new ValidationError('calendar', s.calendarInDoubt);
  }
  if (done.status === 'refused') throw new ValidationError('calendar', s.calendarFailed);
  const reached = done.status === 'scheduled' ? done.reached : Object.keys(done.meeting.cards).length;
  return s.created(meetingSubject(done.meeting, caller.locale), done.meeting.invitees.length, reached);
}
