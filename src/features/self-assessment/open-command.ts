import { adjustDeadline, formatDate, localDate } from '../../domain/calendar/index.ts';
import { parseAssessmentArgs } from '../../domain/self-assessment/parse-args.ts';
import { responsibleUnits } from '../../domain/self-assessment/scored-items.ts';
import type { SelfAssessment } from '../../domain/self-assessment/self-assessment.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { SELF_ASSESSMENT as S } from '../../i18n/self-assessment-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { criteriaSet } from './criteria-sets.ts';
import { SelfAssessmentRepo } from './self-assessment-repo.ts';
import { sendUnitCards } from './send-unit-cards.ts';

/**
 * `tự chấm điểm [năm] hạn <dd/mm/yyyy>`: opens the year's self-assessment once and sends each
 * responsible unit its one card. Refused without a criteria set, with a past deadline, or when open.
 */
export async function openSelfAssessmentCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = await requirePermission(turn.caller, 'selfAssessment.open', app);
  const s = S[turn.caller.locale];
  const args = parseAssessmentArgs(turn.args);
  if (args.rest) throw new ValidationError('args', s.badArgs(turn.args.trim()));
  const now = app.clock();
  const today = localDate(now);
  const year = args.year ?? Number(today.slice(0, 4));
  const set = criteriaSet(app, year);
  if (!set) return [{ type: 'text', text: s.noCriteria(year) }];
  const repo = new SelfAssessmentRepo(app.store);
  const existing = await repo.get(year);
  if (existing) return [{ type: 'text', text: s.alreadyOpen(year, formatDate(existing.deadline)) }];
  if (args.deadlineText && !args.deadline) throw new ValidationError('deadline', s.badDeadline(args.deadlineText));
  if (!args.deadline) throw new ValidationError('deadline', s.deadlineRequired(year));
  // A deadline on a day off moves like a report deadline (Civil Code art. 148(5)).
  const deadline = adjustDeadline(app.calendar, args.deadline, app.config.quarterly.deadlinePolicy);
  if (deadline < today) throw new ValidationError('deadline', s.deadlineInPast(formatDate(args.deadline)));
  let created: SelfAssessment | undefined;
  await repo.update(year, (current) => {
    if (current) return undefined;
    created = { year, deadline, openedAt: now.toISOString(), openedBy: member.id, units: responsibleUnits(set), cards: {} };
    return created;
  });
  if (!created) {
    const raced = (await repo.get(year))!;
    return [{ type: 'text', text: s.alreadyOpen(year, formatDate(raced.deadline)) }];
  }
  app.logger.info({ year, deadline, units: created.units.length }, 'self-assessment opened');
  const missed = await sendUnitCards(app, set, created);
  const replies: Reply[] = [{ type: 'text', text: s.opened(year, formatDate(deadline), created.units.length - missed.length, created.units.length) }];
  if (missed.length > 0) replies.push({ type: 'text', text: s.undelivered(missed.map((u) => app.roster.unit(u)?.name ?? u).join(', ')) });
  return replies;
}
