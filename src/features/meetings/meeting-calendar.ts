import { CodedError, ErrorCode } from '../../errors/coded-error.ts';

/** A person invited to a calendar event. */
export interface CalendarAttendee {
  name: string;
  email: string;
}

/** What a calendar needs to know about a meeting; times are instants, rendered in Asia/Ho_Chi_Minh. */
export interface CalendarMeeting {
  /** Our meeting id; the .ics UID and outbox file names derive from it. */
  id: string;
  organizer: CalendarAttendee;
  subject: string;
  /** Agenda items shown in the invitation body. */
  agenda: string[];
  start: Date;
  end: Date;
  location: string;
  online: boolean;
  attendees: CalendarAttendee[];
  /** Revision number: 0 when created, bumped on every reschedule (RFC 5545 SEQUENCE). */
  sequence: number;
}

export interface CreatedEvent {
  eventId: string;
  joinUrl?: string;
}

/**
 * The calendar refused to create the event and created nothing (Graph 400/401/403/404/429/503):
 * the meeting's claim can be released. Any other failure leaves the creation in doubt.
 */
export class CalendarRefusedError extends CodedError {
  readonly status: number;

  constructor(status: number, message: string) {
    super(ErrorCode.GraphRefused, message, {
      remedy: 'Chưa có gì được tạo: thử lại sau ít phút; nếu vẫn lỗi, kiểm tra hộp thư MEETING_ORGANIZER và quyền Calendars.ReadWrite / nothing was created: try again in a few minutes; if it persists, check the MEETING_ORGANIZER mailbox and the Calendars.ReadWrite permission',
    });
    this.status = status;
  }
}

/** Outbound port for invitations: the organizer's Outlook calendar via Graph, or .ics files in local mode. */
export interface MeetingCalendar {
  /** The mailbox whose calendar holds the events (Graph), or undefined when invitations are files (local mode). */
  readonly organizerMailbox?: string;
  /**
   * Creates the event and sends invitations to the attendees. Idempotent per `meeting.id`: calling
   * it again for the same meeting (a retry, a restart) returns the event already created.
   * Throws CalendarRefusedError when nothing was created.
   */
  create(meeting: CalendarMeeting): Promise<CreatedEvent>;
  /** Changes time, place or agenda of an existing event; attendees get an update. */
  update(eventId: string, meeting: CalendarMeeting): Promise<void>;
  /** Brings the event's attendees up to `meeting.attendees` (a deputy attending instead); the new ones get the invitation. */
  addAttendees(eventId: string, meeting: CalendarMeeting): Promise<void>;
  /** Cancels the event; attendees get a cancellation with `comment`. */
  cancel(eventId: string, meeting: CalendarMeeting, comment: string): Promise<void>;
}
