import { localDate, localTime } from '../domain/calendar/index.ts';
import type { CalendarMeeting, CreatedEvent, MeetingCalendar } from '../features/meetings/meeting-calendar.ts';
import { escapeHtml } from '../report/escape-html.ts';
import type { GraphApi } from './graph-api.ts';

/** Windows zone id Graph uses for Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export const GRAPH_TIME_ZONE = 'SE Asia Standard Time';

function dateTime(instant: Date): { dateTime: string; timeZone: string } {
  return { dateTime: `${localDate(instant)}T${localTime(instant)}:00`, timeZone: GRAPH_TIME_ZONE };
}

/** The Graph event resource for a meeting (subject, HTML agenda, local times, required attendees, Teams link). */
export function toGraphEvent(meeting: CalendarMeeting): Record<string, unknown> {
  const agenda = meeting.agenda.length ? `<ol>${meeting.agenda.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ol>` : '';
  return {
    subject: meeting.subject,
    body: { contentType: 'HTML', content: `<p>${escapeHtml(meeting.subject)}</p>${agenda}` },
    start: dateTime(meeting.start),
    end: dateTime(meeting.end),
    location: { displayName: meeting.location },
    attendees: meeting.attendees.map((a) => ({ emailAddress: { address: a.email, name: a.name }, type: 'required' })),
    allowNewTimeProposals: false,
    ...(meeting.online ? { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' } : { isOnlineMeeting: false }),
  };
}

/** Meetings in the organizer's Outlook calendar: Graph sends the invitations, updates and cancellations. */
export class GraphMeetingCalendar implements MeetingCalendar {
  constructor(
    private readonly graph: Pick<GraphApi, 'post' | 'patch'>,
    readonly organizerMailbox: string,
  ) {}

  #events(): string {
    return `/users/${encodeURIComponent(this.organizerMailbox)}/events`;
  }

  async create(meeting: CalendarMeeting): Promise<CreatedEvent> {
    const created = await this.graph.post<{ id: string; onlineMeeting?: { joinUrl?: string } | null }>(this.#events(), toGraphEvent(meeting));
    return { eventId: created.id, ...(created.onlineMeeting?.joinUrl ? { joinUrl: created.onlineMeeting.joinUrl } : {}) };
  }

  async update(eventId: string, meeting: CalendarMeeting): Promise<void> {
    await this.graph.patch(`${this.#events()}/${encodeURIComponent(eventId)}`, toGraphEvent(meeting));
  }

  /** PATCHes only the attendee list: Graph replaces the collection, so the full list goes, and Outlook invites the added ones. */
  async addAttendees(eventId: string, meeting: CalendarMeeting): Promise<void> {
    await this.graph.patch(`${this.#events()}/${encodeURIComponent(eventId)}`, { attendees: toGraphEvent(meeting).attendees });
  }

  async cancel(eventId: string, _meeting: CalendarMeeting, comment: string): Promise<void> {
    await this.graph.post(`${this.#events()}/${encodeURIComponent(eventId)}/cancel`, { comment });
  }
}
