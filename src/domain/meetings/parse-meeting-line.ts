import { parseDurationMinutes, parseMeetingDate, parseMeetingTime, splitAgenda } from './parse-meeting-fields.ts';
import { MeetingInputError } from './meeting-input-error.ts';

/** The parts of the one-line command; kind, invitees and online are filled by the caller. */
export interface MeetingLine {
  date: string;
  start: string;
  /** Absent when the line gave none; callers default it (120 minutes for a new meeting). */
  durationMinutes?: number;
  place: string;
  agenda: string[];
}

/** Duration of a new meeting when the line does not say. */
export const DEFAULT_DURATION_MINUTES = 120;

// dd/mm/yyyy  HH:mm  [N phút|giờ]  [tại|at <place>]  [: agenda; agenda]
const LINE =
  /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s+(\d{1,2}(?:\s*[:hg]\s*\d{0,2})?)(?:\s+(\d+(?:[.,]\d+)?\s*(?:phút|phut|p|min|mins|minutes?|giờ|gio|tiếng|tieng|h|hours?)))?(?:\s*,?\s*(?:tại|tai|at)\s+([^:]+?))?\s*(?::\s*([\s\S]*))?$/iu;

/** Parses `05/12/2026 9:00 90 phút tại Phòng họp 2: nội dung 1; nội dung 2`. */
export function parseMeetingLine(text: string): MeetingLine {
  const m = LINE.exec(text.normalize('NFC').trim());
  if (!m) throw new MeetingInputError('format', text.trim());
  return {
    date: parseMeetingDate(m[1]!),
    start: parseMeetingTime(m[2]!),
    ...(m[3] ? { durationMinutes: parseDurationMinutes(m[3]) } : {}),
    place: (m[4] ?? '').trim(),
    agenda: splitAgenda(m[5] ?? ''),
  };
}
