import type { z } from 'zod';
import { cardFlag, cardForm, cardRef, cardText } from '../card-schemas.ts';

/** Payload schemas of the meeting cards; the handlers receive their parsed output. */
export const MEETING_CARD = cardForm({ meetingId: cardRef });
export const LEAVE_FORM = cardForm({ meetingId: cardRef, reason: cardText, opinions: cardText, substitute: cardText });
export const DECISION = cardForm({ meetingId: cardRef, memberId: cardText, decision: cardText });
export const CONCLUSIONS_FORM = cardForm({ meetingId: cardRef, conclusions: cardText });
export const TASK_UPDATE = cardForm({ taskId: cardRef, progress: cardText, done: cardFlag });
export const MEETING_FORM = cardForm({ formToken: cardText });

export type MeetingCardData = z.output<typeof MEETING_CARD>;
export type LeaveFormData = z.output<typeof LEAVE_FORM>;
export type DecisionData = z.output<typeof DECISION>;
export type ConclusionsFormData = z.output<typeof CONCLUSIONS_FORM>;
export type TaskUpdateData = z.output<typeof TASK_UPDATE>;
