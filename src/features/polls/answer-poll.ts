import type { PollAnswerData } from './card-payloads.ts';
import { formatDate, localDate } from '../../domain/calendar/index.ts';
import type { Poll } from '../../domain/polls/poll-model.ts';
import { pollOpenOn } from '../../domain/polls/poll-rules.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { POLL } from '../../i18n/poll-strings.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { ActionTurn } from '../turn.ts';
import { pollVoteCard } from './poll-cards.ts';
import { findPoll, updatePoll } from './poll-repo.ts';

/** The option index a card sent, or -1 when it is not one of the poll's options. */
export function chosenOption(poll: Poll, value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : -1;
  return n < poll.options.length ? n : -1;
}

/**
 * `poll.answer`: records or changes a member's choice and written opinion until the end of the
 * deadline day. After it, or for a member not asked, nothing changes and the member is told why;
 * the deadline is checked again inside the update so an answer cannot slip past a closing poll.
 */
export async function answerPollAction(turn: ActionTurn<PollAnswerData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'poll.answer', app);
  const s = POLL[turn.caller.locale];
  const poll = await findPoll(app, turn.data.pollId);
  if (!poll) throw new ValidationError('pollId', s.notFound);
  if (!poll.memberIds.includes(member.id)) throw new ValidationError('pollId', s.notAsked);
  const now = app.clock();
  const closed = s.closed(formatDate(poll.deadline));
  if (!pollOpenOn(poll, localDate(now))) throw new ValidationError('pollId', closed);
  const choice = chosenOption(poll, turn.data.choice);
  if (choice < 0) throw new ValidationError('choice', s.chooseOne);
  let late = false;
  const saved = await updatePoll(app, poll.id, (current) => {
    if (!current || !pollOpenOn(current, localDate(now))) {
      late = true;
      return undefined;
    }
    return { ...current, answers: { ...current.answers, [member.id]: { choice, comment: turn.data.comment, at: now.toISOString() } } };
  });
  if (late || !saved) throw new ValidationError('pollId', closed);
  return { card: pollVoteCard(saved, member.id, turn.caller.locale, app, true, s.recorded(formatDate(saved.deadline))) };
}
