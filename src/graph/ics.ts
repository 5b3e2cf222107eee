import type { CalendarMeeting } from '../features/meetings/meeting-calendar.ts';

export type IcsMethod = 'REQUEST' | 'CANCEL';

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function icsUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A quoted parameter value (CN may hold commas or colons; DQUOTE itself is not allowed). */
function param(value: string): string {
  return `"${value.replace(/"/g, "'")}"`;
}

/** The invitation (or cancellation) as an RFC 5545 calendar object: CRLF lines, folded, UTF-8. */
export function buildIcs(meeting: CalendarMeeting, method: IcsMethod, now: Date, uidDomain = 'cchc-bot'): string {
  const description = meeting.agenda.map((item, i) => `${i + 1}. ${item}`).join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CCHC Bot//Ban Chi dao CCHC//VI',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${meeting.id}@${uidDomain}`,
    `SEQUENCE:${meeting.sequence + (method === 'CANCEL' ? 1 : 0)}`,
    `DTSTAMP:${icsUtc(now)}`,
    `DTSTART:${icsUtc(meeting.start)}`,
    `DTEND:${icsUtc(meeting.end)}`,
    `SUMMARY:${escapeIcsText(meeting.subject)}`,
    ...(meeting.location ? [`LOCATION:${escapeIcsText(meeting.location)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeIcsText(description)}`] : []),
    `ORGANIZER;CN=${param(meeting.organizer.name)}:mailto:${meeting.organizer.email}`,
    ...meeting.attendees.map((a) => `ATTENDEE;CN=${param(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${a.email}`),
    `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
