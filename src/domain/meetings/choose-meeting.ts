import { MeetingInputError } from './meeting-input-error.ts';
import type { Meeting } from './meeting-model.ts';
import { parseMeetingDate, parseMeetingTime } from './parse-meeting-fields.ts';
import { meetingWindow } from './validate-meeting.ts';

/** Names one meeting in `dời họp` / `hủy họp`: its current date, and its start time when a day has several. */
export interface MeetingSelector {
  /** yyyy-mm-dd */
  date: string;
  /** HH:mm */
  start?: string;
}

/** The meeting a change command targets: exactly one, none, or several the secretary must choose from. */
export type MeetingChoice<M> = { kind: 'one'; meeting: M } | { kind: 'none' } | { kind: 'ambiguous'; candidates: M[] };

// dd/mm/yyyy, then optionally a time written with a separator (9:00, 9h, 14h30) so a bare number in a reason is not taken for a time.
const SELECTOR = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?:\s+(\d{1,2}\s*[:hg]\s*\d{0,2}))?(?=\s|$)\s*([\s\S]*)$/iu;
// `[dd/mm/yyyy [HH:mm]] sang <new line>`: the meeting named, then its new time (`dời họp 05/12/2026 sang 06/12/2026 14:00`).
const MOVE = /^(?:(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s+\d{1,2}\s*[:hg]\s*\d{0,2})?)\s+)?(?:sang|to|→|->)\s+([\s\S]+)$/iu;

/** Splits a leading `dd/mm/yyyy [HH:mm]` naming a meeting off the arguments (`hủy họp 05/12/2026 lý do`). */
export function parseMeetingSelector(text: string): { selector?: MeetingSelector; rest: string } {
  const raw = text.normalize('NFC').trim();
  const m = SELECTOR.exec(raw);
  if (!m) return { rest: raw };
  const selector: MeetingSelector = { date: parseMeetingDate(m[1]!), ...(m[2] ? { start: parseMeetingTime(m[2]) } : {}) };
  return { selector, rest: (m[3] ?? '').trim() };
}

/**
 * Reads `[dd/mm/yyyy [HH:mm]] sang <new line>`: the meeting named before `sang` / `to` (optional),
 * and the new date, time, duration and place after it. Without `sang` the whole text is the new line.
 */
export function parseRescheduleArgs(text: string): { selector?: MeetingSelector; line: string } {
  const raw = text.normalize('NFC').trim();
  const m = MOVE.exec(raw);
  if (!m) return { line: raw };
  const line = m[2]!.trim();
  if (!m[1]) return { line };
  const { selector, rest } = parseMeetingSelector(m[1]);
  if (!selector || rest) throw new MeetingInputError('format', m[1]);
  return { selector, line };
}

/** Scheduled meetings that have not started at `now`, soonest first. */
export function upcomingMeetings<M extends Pick<Meeting, 'status' | 'date' | 'start' | 'durationMinutes'>>(meetings: M[], now: Date): M[] {
  return meetings
    .filter((m) => m.status === 'scheduled' && meetingWindow(m).start.getTime() > now.getTime())
    .sort((a, b) => meetingWindow(a).start.getTime() - meetingWindow(b).start.getTime());
}

/**
 * Picks the meeting a change command means among the upcoming ones: the one named by the selector,
 * or the only one when none is named. Never guesses between several.
 */
export function chooseMeeting<M extends Pick<Meeting, 'date' | 'start'>>(upcoming: M[], selector?: MeetingSelector): MeetingChoice<M> {
  const candidates = selector ? upcoming.filter((m) => m.date === selector.date && (!selector.start || m.start === selector.start)) : upcoming;
  if (candidates.length === 0) return { kind: 'none' };
  if (candidates.length === 1) return { kind: 'one', meeting: candidates[0]! };
  return { kind: 'ambiguous', candidates };
}
