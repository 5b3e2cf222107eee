import { createHash } from 'node:crypto';
import { localDate, localTime } from '../domain/calendar/index.ts';
import { CalendarRefusedError, type CalendarMeeting, type CreatedEvent, type MeetingCalendar } from '../features/meetings/meeting-calendar.ts';
import { escapeHtml } from '../report/escape-html.ts';
import type { GraphApi } from './graph-api.ts';
import { toGraphError } from './graph-error.ts';

/** Windows zone id Graph uses for Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export const GRAPH_TIME_ZONE = 'SE Asia Standard Time';

function dateTime(instant: Date): { dateTime: string; timeZone: string } {
  return { dateTime: `${localDate(instant)}T${localTime(instant)}:00`, timeZone: GRAPH_TIME_ZONE };
}

/**
 * Graph statuses that mean the request was refused before anything was created: bad request,
 * no permission, unknown mailbox, throttled, service unavailable. A 504, another 5xx or no answer
 * at all leave the creation in doubt.
 */
const REFUSED = new Set([400, 401, 403, 404, 429, 503]);

/**
 * The event's `transactionId`: a UUID derived from our meeting id, so every POST for one meeting
 * (the SDK's retry after a 504, our retry after a timeout or a restart) carries the same one and
 * Graph answers with the event it already created instead of making a second one.
 */
export function eventTransactionId(meetingId: string): string {
  const h = createHash('sha256').update(`cchc-bot/event/${meetingId}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
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
    private readonly graph: Pick<GraphApi, 'post' | 'patch' | 'get'>,
    readonly organizerMailbox: string,
  ) {}

  #events(): string {
    return `/users/${encodeURIComponent(this.organizerMailbox)}/events`;
  }

  async create(meeting: CalendarMeeting): Promise<CreatedEvent> {
    let created: { id: string; onlineMeeting?: { joinUrl?: string } | null };
    try {
      created = await this.graph.post(this.#events(), { ...toGraphEvent(meeting), transactionId: eventTransactionId(meeting.id) });
    } catch (raw) {
      const error = toGraphError(raw);
      if (REFUSED.has(error.status)) throw new CalendarRefusedError(error.status, error.message);
      throw error;
    }
    return { eventId: created.id, ...(created.onlineMeeting?.joinUrl ? { joinUrl: created.onlineMeeting.joinUrl } : {}) };
  }

  async update(eventId: string, meeting: CalendarMeeting): Promise<void> {
    await this.graph.patch(`${this.#events()}/${encodeURIComponent(eventId)}`, toGraphEvent(meeting));
  }

  /** PATCHes only the attendee list: Graph replaces the collection, so the full list goes, and Outlook invites the added ones. */
  async addAttendees(eventId: string, meeting: CalendarMeeting): Promise<void> {
    await this.graph.patch(`${this.#events()}/${encodeURIComponent(eventId)}`, { attendees: toGraphEvent(meeting).attendees });
  }

  /** A cancel refused after the SDK retried one Graph had already done (a 504 after the work) is checked against the event, not reported as a failure. */
  async cancel(eventId: string, _meeting: CalendarMeeting, comment: string): Promise<void> {
    const event = `${this.#events()}/${encodeURIComponent(eventId)}`;
    try {
      await this.graph.post(`${event}/cancel`, { comment });
    } catch (raw) {
      const error = toGraphError(raw);
      const state = await this.graph.get<{ isCancelled?: boolean }>(`${event}?$select=isCancelled`).catch((checkError: unknown) => {
        throw toGraphError(checkError).status === 404 ? error : checkError;
      });
      if (state.isCancelled !== true) throw error;
    }
  }
}
