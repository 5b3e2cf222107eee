/** Kinds of meeting in Điều 7: the monthly (định kỳ), ad-hoc (đột xuất) and group (họp nhóm) meetings. */
export type MeetingKind = 'regular' | 'adhoc' | 'group';

export const MEETING_KINDS: readonly MeetingKind[] = ['regular', 'adhoc', 'group'];

/** A member's answer to an invitation; a leave request carries the written opinions (Điều 6.1.b). */
export type AttendanceResponse =
  | { status: 'attending'; at: string }
  | {
      status: 'leave-requested' | 'leave-approved' | 'leave-refused';
      at: string;
      reason: string;
      opinions: string;
      /** Member id of the unit deputy attending instead, if any. */
      substitute?: string;
      decidedBy?: string;
      decidedAt?: string;
    };

/** What the secretary asked for, before it becomes a meeting. */
export interface MeetingDraft {
  kind: MeetingKind;
  /** yyyy-mm-dd, local date in Asia/Ho_Chi_Minh. */
  date: string;
  /** HH:mm local time. */
  start: string;
  durationMinutes: number;
  place: string;
  online: boolean;
  agenda: string[];
  /** Member ids invited. */
  invitees: string[];
}

/** A stored meeting ('meetings/<id>'). */
export interface Meeting extends MeetingDraft {
  id: string;
  status: 'creating' | 'scheduled' | 'cancelled';
  organizer: string;
  createdBy: string;
  createdAt: string;
  /** Bumped on every change of time/place; the .ics SEQUENCE. */
  sequence: number;
  eventId?: string;
  joinUrl?: string;
  /** Set with the event id, cleared once every invitee's card was attempted: a crash in between is finished at start. */
  invitationsPending?: boolean;
  responses: Record<string, AttendanceResponse>;
  /** Activity id of the invitation card in each invitee's chat, so it can be replaced. */
  cards: Record<string, string>;
  /** Deputies invited in their head's place after an approved absence: deputy id → head id. */
  substitutes?: Record<string, string>;
  digestSentAt?: string;
  conclusions?: { text: string; by: string; at: string; taskIds: string[] };
}

/** One progress note on a task. */
export interface TaskProgress {
  at: string;
  by: string;
  text: string;
}

/** A follow-up task from meeting conclusions ('tasks/<id>'), owned by a unit (Điều 4.1, 5.2). */
export interface MeetingTask {
  id: string;
  meetingId: string;
  content: string;
  unitId: string;
  /** yyyy-mm-dd deadline. */
  deadline: string;
  status: 'open' | 'done';
  progress: TaskProgress[];
  createdAt: string;
  completedAt?: string;
  /** Local dates a reminder was already sent, so the engine never repeats one. */
  remindedOn: string[];
}
