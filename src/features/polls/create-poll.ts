import { formatDate, localDate } from '../../domain/calendar/index.ts';
import { committeeMemberIds } from '../../domain/meetings/index.ts';
import type { Poll } from '../../domain/polls/poll-model.ts';
import { parsePollLine } from '../../domain/polls/parse-poll-line.ts';
import { parsePollScope, type PollScope } from '../../domain/polls/parse-poll-scope.ts';
import { tallyPoll } from '../../domain/polls/poll-rules.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { POLL } from '../../i18n/poll-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import type { Locale } from '../../i18n/locale.ts';
import { findUnits } from '../find-unit.ts';
import { deliverPollCards } from './poll-delivery.ts';
import { listPolls, updatePoll } from './poll-repo.ts';

/** `lấy ý kiến` alone: the open polls and how many members answered. */
async function listOpenPolls(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const s = POLL[turn.caller.locale];
  const open = (await listPolls(app)).filter((p) => p.status === 'open');
  const lines = open.map((p) => s.openLine(p.question, formatDate(p.deadline), tallyPoll(p).answered, p.memberIds.length));
  return [{ type: 'text', text: [lines.length ? lines.join('\n') : s.noOpenPolls, s.usage].join('\n\n') }];
}

/** Who is asked and what the poll is tied to, from the line's scope; a refusal names what was not found. */
async function resolveScope(app: AppServices, scope: PollScope, locale: Locale): Promise<{ memberIds: string[]; groupUnitIds?: string[]; meeting?: Poll['meeting'] }> {
  const s = POLL[locale];
  let meeting: Poll['meeting'];
  let invitees: string[] | undefined;
  if (scope.meeting) {
    const found = (await app.repos.meetings.all()).filter((m) => m.status === 'scheduled' && m.date === scope.meeting!.date).sort((a, b) => a.start.localeCompare(b.start))[0];
    if (!found) throw new ValidationError('meeting', s.meetingNotFound(formatDate(scope.meeting.date)));
    const item = scope.meeting.item ?? 1;
    const text = found.agenda[item - 1];
    if (!text) throw new ValidationError('meeting', s.agendaItemNotFound(item, found.agenda.length));
    meeting = { id: found.id, date: found.date, item, text, kind: found.kind };
    // A group meeting's poll asks the group that meets, unless a group is named.
    if (found.kind === 'group') invitees = found.invitees;
  }
  if (scope.group) {
    const units = scope.group.map((name) => {
      const matches = findUnits(app.roster, name);
      if (matches.length === 0) throw new ValidationError('group', s.unitNotFound(name));
      if (matches.length > 1) throw new ValidationError('group', s.unitAmbiguous(name, matches.map((u) => u.name)));
      return matches[0]!;
    });
    const groupUnitIds = [...new Set(units.map((u) => u.id))];
    return { memberIds: [...new Set(units.map((u) => u.head))], groupUnitIds, ...(meeting ? { meeting } : {}) };
  }
  return { memberIds: invitees ?? committeeMemberIds(app.roster), ...(meeting ? { meeting } : {}) };
}

/**
 * `lấy ý kiến hạn <dd/mm/yyyy> [nhóm <đơn vị>, …] [họp <dd/mm/yyyy> mục N]: <câu hỏi> [| phương án; …]`
 * (Điều 7.3): a written poll of every committee member, of the heads of a group of units, or tied
 * to a meeting's agenda item (whose text is the question when none is written; a group meeting's
 * poll asks its invitees). A missing or impossible deadline, one before today, no question, an
 * unknown unit, meeting or agenda item is refused before anything is stored or sent. Cards go out
 * after the poll is stored, so a card always names a poll.
 */
export async function createPollCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = requireMember(turn.caller);
  const s = POLL[turn.caller.locale];
  if (!turn.args.trim()) return listOpenPolls(turn, app);
  const scoped = parsePollScope(turn.args);
  if (!scoped.ok) throw new ValidationError('meeting', s.badDate(scoped.text));
  let parsed = parsePollLine(scoped.line);
  const now = app.clock();
  const today = localDate(now);
  const asked = await resolveScope(app, scoped.scope, turn.caller.locale);
  if (!parsed.ok && parsed.problem === 'no-question' && asked.meeting) parsed = parsePollLine(`${scoped.line} ${asked.meeting.text}`);
  if (!parsed.ok) throw new ValidationError('poll', parsed.problem === 'bad-date' ? s.badDate(parsed.text) : parsed.problem === 'no-deadline' ? s.noDeadline : s.noQuestion);
  if (parsed.deadline < today) throw new ValidationError('deadline', s.deadlineInPast(formatDate(today)));
  const poll: Poll = {
    id: `p-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
    question: parsed.question,
    // The committee's record is Vietnamese: default options are stored in Vietnamese whoever asks.
    options: parsed.options.length ? parsed.options : [...POLL.vi.defaultOptions],
    deadline: parsed.deadline,
    ...asked,
    createdBy: member.id,
    createdAt: now.toISOString(),
    answers: {},
    cards: {},
    status: 'open',
  };
  await updatePoll(app, poll.id, () => poll);
  app.tasks.run(`poll-cards:${poll.id}`, () => deliverPollCards(app, poll.id));
  return [{ type: 'text', text: s.sent(poll.memberIds.length, formatDate(poll.deadline)) }];
}
