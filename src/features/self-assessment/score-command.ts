import { localDate } from '../../domain/calendar/index.ts';
import { can } from '../../domain/committee/permissions.ts';
import { parseAssessmentArgs } from '../../domain/self-assessment/parse-args.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { SELF_ASSESSMENT as S } from '../../i18n/self-assessment-strings.ts';
import { permissionContext } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember } from '../guards.ts';
import { ownUnitIds } from '../plan/plan-command.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { criteriaSet } from './criteria-sets.ts';
import { leaderScoresCard, unitScoresCard } from './scores-card.ts';
import { SelfAssessmentRepo } from './self-assessment-repo.ts';

/** `điểm [năm]`: leaders see the whole table by area; a unit sees its own criteria and points. */
export async function scoreCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = requireMember(turn.caller);
  const locale = turn.caller.locale;
  const s = S[locale];
  const args = parseAssessmentArgs(turn.args);
  if (args.rest || args.deadlineText) throw new ValidationError('args', s.badArgs(turn.args.trim()));
  const year = args.year ?? Number(localDate(app.clock()).slice(0, 4));
  const repo = new SelfAssessmentRepo(app.store);
  const sa = await repo.get(year);
  const set = sa ? criteriaSet(app, year) : undefined;
  if (!sa || !set) return [{ type: 'text', text: s.notOpen(year) }];
  const scores = await repo.allScores(sa);
  const ctx = await permissionContext(app);
  if (can(member, 'selfAssessment.viewAll', ctx)) {
    return [{ type: 'card', card: leaderScoresCard(set, sa, scores, app.roster, locale, { compilable: can(member, 'selfAssessment.compile', ctx) }) }];
  }
  const units = ownUnitIds(app, member.id).filter((u) => sa.units.includes(u));
  if (units.length === 0) return [{ type: 'text', text: s.notYourUnit }];
  return [{ type: 'card', card: unitScoresCard(set, sa, units, scores, app.roster, locale) }];
}
