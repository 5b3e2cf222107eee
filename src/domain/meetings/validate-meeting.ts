import { atLocal, minutesOfDayOf } from './meeting-time.ts';
import { MeetingInputError } from './meeting-input-error.ts';
import { MEETING_KINDS, type MeetingDraft } from './meeting-model.ts';

/** Start and end instants of a draft (local wall-clock time in Asia/Ho_Chi_Minh). */
export function meetingWindow(draft: Pick<MeetingDraft, 'date' | 'start' | 'durationMinutes'>): { start: Date; end: Date } {
  const start = atLocal(draft.date, draft.start);
  return { start, end: new Date(start.getTime() + draft.durationMinutes * 60_000) };
}

/**
 * Checks a draft against the rules: a known kind, in the future, ending after it starts and on the
 * same day, at least one invitee, every invitee on the roster. Throws MeetingInputError otherwise.
 */
export function validateMeetingDraft(draft: MeetingDraft, now: Date, isMember: (id: string) => boolean): void {
  if (!MEETING_KINDS.includes(draft.kind)) throw new MeetingInputError('kind', String(draft.kind));
  if (!Number.isInteger(draft.durationMinutes) || draft.durationMinutes <= 0) throw new MeetingInputError('end-before-start', String(draft.durationMinutes));
  if (minutesOfDayOf(draft.start) + draft.durationMinutes > 24 * 60) throw new MeetingInputError('end-before-start', draft.start);
  const { start } = meetingWindow(draft);
  if (start.getTime() <= now.getTime()) throw new MeetingInputError('in-past', `${draft.date} ${draft.start}`);
  if (draft.invitees.length === 0) throw new MeetingInputError('no-invitees');
  const unknown = draft.invitees.filter((id) => !isMember(id));
  if (unknown.length > 0) throw new MeetingInputError('unknown-members', unknown.join(', '));
}
