import { formatDate, localTime } from '../../domain/calendar/index.ts';
import { meetingWindow, type Meeting } from '../../domain/meetings/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MEETING } from '../../i18n/meeting-strings.ts';
import type { AppServices } from '../app-services.ts';
import type { CalendarMeeting } from './meeting-calendar.ts';
import { nameOf } from './meeting-repo.ts';

/** '09:00–10:30, 05/12/2026'. */
export function displayWhen(meeting: Pick<Meeting, 'date' | 'start' | 'durationMinutes'>): string {
  const { end } = meetingWindow(meeting);
  return `${meeting.start}–${localTime(end)}, ${formatDate(meeting.date)}`;
}

/** The meeting's subject line in a language (Outlook always gets Vietnamese). */
export function meetingSubject(meeting: Pick<Meeting, 'kind' | 'date'>, locale: Locale): string {
  const s = MEETING[locale];
  return s.subject(s.kinds[meeting.kind], formatDate(meeting.date));
}

/** The calendar port's view of a meeting: Vietnamese subject, roster emails as attendees. */
export function toCalendarMeeting(meeting: Meeting, app: AppServices): CalendarMeeting {
  const { start, end } = meetingWindow(meeting);
  const attendees = meeting.invitees
    .map((id) => app.roster.member(id))
    .filter((m) => m !== undefined)
    .map((m) => ({ name: m.name, email: m.email }));
  const organizer = app.roster.byEmail(meeting.organizer);
  return {
    id: meeting.id,
    organizer: { name: organizer?.name ?? meeting.organizer, email: meeting.organizer },
    subject: meetingSubject(meeting, 'vi'),
    agenda: meeting.agenda,
    start,
    end,
    location: meeting.place || (meeting.online ? 'Microsoft Teams' : ''),
    online: meeting.online,
    attendees,
    sequence: meeting.sequence,
  };
}

/** Label/value rows describing a meeting. */
export function meetingFacts(meeting: Meeting, locale: Locale): Array<{ label: string; value: string }> {
  const s = MEETING[locale];
  return [
    { label: s.fields.kind, value: s.kinds[meeting.kind] },
    { label: s.fields.time, value: displayWhen(meeting) },
    { label: s.fields.place, value: meeting.place || '—' },
    { label: s.fields.online, value: meeting.online ? s.onlineYes : s.onlineNo },
  ];
}

export { nameOf };
