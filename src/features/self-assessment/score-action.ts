import { checkEntries } from '../../domain/self-assessment/score-entry.ts';
import { itemsOfUnit } from '../../domain/self-assessment/scored-items.ts';
import { saveScores, type UnitScores } from '../../domain/self-assessment/self-assessment.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { SELF_ASSESSMENT as S } from '../../i18n/self-assessment-strings.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { ActionTurn } from '../turn.ts';
import { typedEntry } from './card-data.ts';
import { criteriaSet } from './criteria-sets.ts';
import { formCard } from './form-card.ts';
import { problemText } from './problem-text.ts';
import { sendReviewCards } from './review-cards.ts';
import { SelfAssessmentRepo } from './self-assessment-repo.ts';

type UnitData = { year: number; unitId: string } & Record<string, unknown>;

/**
 * `Gửi kết quả tự chấm điểm`: checks every criterion (0..max in its step, an explanation, https
 * evidence where required); a refusal returns the card with the reasons and what was typed. A
 * changed card is a new version, and the standing member gets it to review.
 */
export async function scoreAction(turn: ActionTurn<UnitData>, app: AppServices): Promise<ActionResult> {
  const { year, unitId } = turn.data;
  const member = await requirePermission(turn.caller, 'selfAssessment.score', app, unitId);
  const locale = turn.caller.locale;
  const s = S[locale];
  const repo = new SelfAssessmentRepo(app.store);
  const sa = year ? await repo.get(year) : undefined;
  const set = sa ? criteriaSet(app, sa.year) : undefined;
  if (!sa || !set) throw new ValidationError('year', s.notOpen(year || Number(app.clock().toISOString().slice(0, 4))));
  if (!sa.units.includes(unitId)) throw new ValidationError('unitId', s.notYourUnit);
  const typed = (id: string) => typedEntry(turn.data, id);
  const stored = await repo.scores(year, unitId);
  if (sa.compiledAt) return { card: formCard(set, sa, unitId, stored, app.roster, locale, { errors: [s.closed(year)], editable: false }) };
  const items = itemsOfUnit(set, unitId);
  const checked = checkEntries(items, typed);
  if (!checked.entries) {
    const byId = new Map(items.map((i) => [i.id, i]));
    return { card: formCard(set, sa, unitId, stored, app.roster, locale, { typed, errors: checked.problems.map((p) => problemText(p, byId.get(p.criterionId)!, locale)) }) };
  }
  const unit = app.roster.unit(unitId)!;
  const onBehalfOf = member.id !== unit.head ? unit.head : undefined;
  let changed = false;
  const saved =
    (await repo.updateScores(year, unitId, (current) => {
      const result = saveScores(current, year, unitId, checked.entries!, member.id, app.clock().toISOString(), onBehalfOf);
      changed = result.changed;
      return result.changed ? result.scores : undefined;
    })) ?? ((await repo.scores(year, unitId)) as UnitScores);
  const version = saved.versions.at(-1)!.version;
  if (changed) {
    app.logger.info({ year, unitId, version }, 'self-assessment scored');
    await sendReviewCards(app, set, sa, saved);
  }
  return { card: formCard(set, sa, unitId, saved, app.roster, locale, { status: changed ? s.saved(version) : s.unchanged }) };
}
