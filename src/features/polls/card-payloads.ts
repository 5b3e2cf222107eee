import type { z } from 'zod';
import { cardForm, cardRef, cardText } from '../card-schemas.ts';

/** Payload schemas of the poll cards; the handlers receive their parsed output. */
export const POLL_ANSWER = cardForm({ pollId: cardRef, choice: cardText, comment: cardText });
export const POLL_DECISION = cardForm({ pollId: cardRef, decision: cardText, reason: cardText });

export type PollAnswerData = z.output<typeof POLL_ANSWER>;
export type PollDecisionData = z.output<typeof POLL_DECISION>;
