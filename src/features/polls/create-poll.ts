import { formatDate, localDate } from '../../domain/calendar/index.ts';
import { committeeMemberIds } from '../../domain/meetings/index.ts';
import type { Poll } from '../../domain/polls/poll-model.ts';
import { parsePollLine } from '../../domain/polls/parse-poll-line.ts';
import { tallyPoll } from '../../domain/polls/poll-rules.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { POLL } from '../../i18n/poll-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember } from '../guards.ts';
import { localeOf } from '../member-locale.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { pollVoteCard } from './poll-cards.ts';
import { listPolls, updatePoll } from './poll-repo.ts';

/** `lấy ý kiến` alone: the open polls and how many members answered. */
async function listOpenPolls(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const s = POLL[turn.caller.locale];
  const open = (await listPolls(app)).filter((p) => p.status === 'open');
  const lines = open.map((p) => s.openLine(p.question, formatDate(p.deadline), tallyPoll(p).answered, p.memberIds.length));
  return [{ type: 'text', text: [lines.length ? lines.join('\n') : s.noOpenPolls, s.usage].join('\n\n') }];
}

/**
 * `lấy ý kiến hạn <dd/mm/yyyy>: <câu hỏi> [| phương án; …]` (Điều 7.3): a written poll of every
 * committee member. A missing or impossible deadline, one before today, or no question is refused
 * before anything is stored or sent. Cards go out after the poll is stored, so a card always names a poll.
 */
export async function createPollCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = requireMember(turn.caller);
  const s = POLL[turn.caller.locale];
  if (!turn.args.trim()) return listOpenPolls(turn, app);
  const parsed = parsePollLine(turn.args);
  if (!parsed.ok) throw new ValidationError('poll', parsed.problem === 'bad-date' ? s.badDate(parsed.text) : parsed.problem === 'no-deadline' ? s.noDeadline : s.noQuestion);
  const now = app.clock();
  const today = localDate(now);
  if (parsed.deadline < today) throw new ValidationError('deadline', s.deadlineInPast(formatDate(today)));
  const poll: Poll = {
    id: `p-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
    question: parsed.question,
    // The committee's record is Vietnamese: default options are stored in Vietnamese whoever asks.
    options: parsed.options.length ? parsed.options : [...POLL.vi.defaultOptions],
    deadline: parsed.deadline,
    memberIds: committeeMemberIds(app.roster),
    createdBy: member.id,
    createdAt: now.toISOString(),
    answers: {},
    cards: {},
    status: 'open',
  };
  await updatePoll(app, poll.id, () => poll);
  app.tasks.run(`poll-cards:${poll.id}`, () => sendPollCards(app, poll));
  return [{ type: 'text', text: s.sent(poll.memberIds.length, formatDate(poll.deadline)) }];
}

/** Sends each member their card and remembers its activity id, so an answer updates it in place. */
async function sendPollCards(app: AppServices, poll: Poll): Promise<void> {
  for (const memberId of poll.memberIds) {
    const outcome = await app.messenger.send(memberId, { type: 'card', card: pollVoteCard(poll, memberId, await localeOf(app, memberId), app, true) });
    if (!outcome.ok) {
      app.logger.warn({ memberId, pollId: poll.id, reason: outcome.reason }, 'poll card not delivered');
      continue;
    }
    await updatePoll(app, poll.id, (current) => (current ? { ...current, cards: { ...current.cards, [memberId]: outcome.activityId } } : undefined));
  }
}
