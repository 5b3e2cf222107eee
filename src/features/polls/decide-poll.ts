import type { PollDecisionData } from './card-payloads.ts';
import { formatDate, localDate } from '../../domain/calendar/index.ts';
import type { PollDecision } from '../../domain/polls/poll-model.ts';
import { decisionNeedsReason, pollOpenOn, tallyPoll } from '../../domain/polls/poll-rules.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { POLL } from '../../i18n/poll-strings.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import { sendToAll } from '../jobs/job-context.ts';
import { signedBy } from '../members/decision-maker.ts';
import type { ActionTurn } from '../turn.ts';
import { chosenOption } from './answer-poll.ts';
import { pollResultCard } from './poll-cards.ts';
import { findPoll, updatePoll } from './poll-repo.ts';

/**
 * `poll.decide` (Điều 7.3): the chief — or the deputy chief under delegation — records the decision
 * once the deadline has passed. A decision other than the majority of all members' view needs a
 * stated reason, kept with it. The decision goes to every member asked and stays with the poll.
 */
export async function decidePollAction(turn: ActionTurn<PollDecisionData>, app: AppServices): Promise<ActionResult> {
  const decider = await requirePermission(turn.caller, 'poll.decide', app);
  const s = POLL[turn.caller.locale];
  const poll = await findPoll(app, turn.data.pollId);
  if (!poll) throw new ValidationError('pollId', s.notFound);
  const now = app.clock();
  if (poll.decision) return { message: s.alreadyDecided };
  if (pollOpenOn(poll, localDate(now))) throw new ValidationError('pollId', s.stillOpen(formatDate(poll.deadline)));
  const choice = chosenOption(poll, turn.data.decision);
  if (choice < 0) throw new ValidationError('decision', s.chooseOne);
  if (decisionNeedsReason(tallyPoll(poll), choice) && !turn.data.reason) throw new ValidationError('reason', s.reasonRequired);
  const onBehalfOfChief = !decider.roles.includes('chief');
  const decision: PollDecision = { choice, reason: turn.data.reason, by: decider.id, onBehalfOfChief, at: now.toISOString() };
  let fresh = false;
  const saved = await updatePoll(app, poll.id, (current) => {
    if (!current || current.decision) return undefined;
    fresh = true;
    return { ...current, status: 'decided', decision };
  });
  if (!fresh || !saved) return { message: s.alreadyDecided };
  const option = saved.options[choice]!;
  const undelivered = await sendToAll(app, saved.memberIds, (locale) => ({ type: 'text', text: POLL[locale].decisionToMember(saved.question, option, signedBy(decider, locale), decision.reason) }));
  if (undelivered) app.logger.warn({ pollId: saved.id, undelivered }, 'poll decision not delivered to every member');
  return { card: pollResultCard(saved, turn.caller.locale, app, { open: false, onBehalfOfChief, status: s.decidedStatus(option) }) };
}
