import { localDate } from '../../domain/calendar/index.ts';
import type { Poll } from '../../domain/polls/poll-model.ts';
import type { AppServices } from '../app-services.ts';
import type { JobContext } from '../jobs/job-context.ts';
import { localeOf } from '../member-locale.ts';
import { pollVoteCard } from './poll-cards.ts';
import { findPoll, listPolls, updatePoll } from './poll-repo.ts';

/** A claim older than this is a send that died with its process (a fan-out takes seconds). */
export const SEND_LEASE_MS = 10 * 60_000;

type Which = 'never-tried' | 'undelivered';

/** Claims a member's card for sending: no card yet, no live claim, and (unless retrying) no earlier refusal. */
function claimable(poll: Poll, memberId: string, now: Date, which: Which): boolean {
  if (poll.cards[memberId]) return false;
  const claimedAt = poll.sending?.[memberId];
  if (claimedAt && now.getTime() - new Date(claimedAt).getTime() < SEND_LEASE_MS) return false;
  return which === 'undelivered' || !poll.undelivered?.[memberId];
}

/**
 * Sends the poll card to the asked members who do not have it, each at most once: a member is
 * claimed (with a lease) before the send and settled after it — the card's activity id, or the
 * refusal. Run at creation, by the `polls/deliver` job (a claim whose process died, or a poll stored
 * by a process that died before sending) and when a member becomes reachable (`undelivered`).
 */
export async function deliverPollCards(app: AppServices, pollId: string, which: Which = 'never-tried', only?: string): Promise<void> {
  const poll = await findPoll(app, pollId);
  if (!poll || poll.status !== 'open') return;
  for (const memberId of poll.memberIds.filter((m) => !only || m === only)) {
    const now = app.clock();
    let claimed: Poll | undefined;
    await updatePoll(app, pollId, (current) => {
      if (!current || current.status !== 'open' || !claimable(current, memberId, now, which)) return undefined;
      claimed = { ...current, sending: { ...current.sending, [memberId]: now.toISOString() } };
      return claimed;
    });
    if (!claimed) continue;
    const poll = claimed;
    let outcome: Awaited<ReturnType<AppServices['messenger']['send']>>;
    try {
      outcome = await app.messenger.send(memberId, { type: 'card', card: pollVoteCard(poll, memberId, await localeOf(app, memberId), app, true) });
    } catch (error) {
      app.logger.error({ err: error, memberId, pollId }, 'poll card failed');
      outcome = { ok: false, reason: 'failed', detail: 'error' };
    }
    if (!outcome.ok) app.logger.warn({ memberId, pollId, reason: outcome.reason }, 'poll card not delivered');
    await updatePoll(app, pollId, (current) => {
      if (!current) return undefined;
      const { [memberId]: _settled, ...sending } = current.sending ?? {};
      const { [memberId]: _refused, ...undelivered } = current.undelivered ?? {};
      return outcome.ok
        ? { ...current, sending, undelivered, cards: { ...current.cards, [memberId]: outcome.activityId } }
        : { ...current, sending, undelivered: { ...undelivered, [memberId]: outcome.reason } };
    });
  }
}

/** `polls/deliver`: every open poll still within its deadline gets its missing cards (after a restart). */
export async function deliverMissingPollCards(ctx: JobContext): Promise<void> {
  const today = localDate(ctx.now);
  for (const poll of await listPolls(ctx.app)) {
    if (ctx.shouldStop()) return;
    if (poll.status !== 'open' || today > poll.deadline) continue;
    if (poll.memberIds.some((m) => claimable(poll, m, ctx.now, 'never-tried'))) await deliverPollCards(ctx.app, poll.id);
  }
}

/** A member installed the app or wrote first: the cards of open polls that did not reach them. */
export async function deliverPollsToMember(memberId: string, app: AppServices): Promise<void> {
  const today = localDate(app.clock());
  for (const poll of await listPolls(app)) {
    if (poll.status === 'open' && today <= poll.deadline && poll.memberIds.includes(memberId)) await deliverPollCards(app, poll.id, 'undelivered', memberId);
  }
}
