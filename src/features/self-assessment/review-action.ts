import { isMultipleOf } from '../../domain/par-criteria/criteria-schema.ts';
import { parseScore } from '../../domain/self-assessment/score-entry.ts';
import { itemsOfUnit } from '../../domain/self-assessment/scored-items.ts';
import { latestScores, reviewScores, type ReviewInput } from '../../domain/self-assessment/self-assessment.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { SELF_ASSESSMENT as S } from '../../i18n/self-assessment-strings.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import { sendToAll } from '../jobs/job-context.ts';
import type { ActionTurn } from '../turn.ts';
import { typedReview } from './card-data.ts';
import { criteriaSet } from './criteria-sets.ts';
import { reviewCard } from './review-cards.ts';
import { SelfAssessmentRepo } from './self-assessment-repo.ts';
import { scorerOf } from './send-unit-cards.ts';

type ReviewData = { year: number; unitId: string; version: string } & Record<string, unknown>;

/**
 * `Ghi nhận kết quả xem xét`: for each criterion the standing member keeps the unit's score (accepted)
 * or types another with a note (adjusted); the unit is told, with every adjustment and its note.
 */
export async function reviewAction(turn: ActionTurn<ReviewData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'selfAssessment.review', app);
  const locale = turn.caller.locale;
  const s = S[locale];
  const { year, unitId } = turn.data;
  const repo = new SelfAssessmentRepo(app.store);
  const sa = year ? await repo.get(year) : undefined;
  const set = sa ? criteriaSet(app, sa.year) : undefined;
  if (!sa || !set) throw new ValidationError('year', s.notOpen(year || Number(app.clock().toISOString().slice(0, 4))));
  const scores = await repo.scores(year, unitId);
  if (!scores || !latestScores(scores)) throw new ValidationError('unitId', s.reviewRefusal('not-scored', undefined));
  const typed = (id: string) => typedReview(turn.data, id);
  if (sa.compiledAt) return { card: reviewCard(set, sa, scores, app.roster, locale, { errors: [s.closed(year)] }) };
  const inputs: Record<string, ReviewInput> = {};
  const errors: string[] = [];
  for (const item of itemsOfUnit(set, unitId)) {
    const t = typed(item.id);
    const score = parseScore(t.score);
    if (score === undefined || score > item.maxPoints + 1e-9 || !isMultipleOf(score, item.step)) errors.push(s.badReviewScore(item.id, s.points(item.maxPoints), s.points(item.step)));
    else inputs[item.id] = { score, note: t.note };
  }
  if (errors.length > 0) return { card: reviewCard(set, sa, scores, app.roster, locale, { typed, errors }) };
  let outcome: ReturnType<typeof reviewScores> | undefined;
  const stored = await repo.updateScores(year, unitId, (current) => {
    outcome = reviewScores(current ?? scores, Number(turn.data.version), inputs, member.id, app.clock().toISOString());
    return outcome.ok && outcome.changed ? outcome.scores : undefined;
  });
  const now = stored ?? (await repo.scores(year, unitId)) ?? scores;
  if (!outcome?.ok) {
    const refusal = outcome?.ok === false ? outcome : { reason: 'not-scored' as const, criterionId: undefined };
    // A newer version came in: the card shows it, with what was typed kept where the criterion still is.
    return { card: reviewCard(set, sa, now, app.roster, locale, { typed: refusal.reason === 'stale-version' ? undefined : typed, errors: [s.reviewRefusal(refusal.reason, refusal.criterionId)] }) };
  }
  if (!outcome.changed) return { card: reviewCard(set, sa, now, app.roster, locale, { status: s.review.unchanged }) };
  const total = Object.keys(inputs).length;
  const adjusted = outcome.adjusted;
  const latest = latestScores(now)!;
  const scorer = await scorerOf(app, unitId);
  if (scorer) {
    const problem = await sendToAll(app, [scorer], (l) => {
      const t = S[l];
      const lines = adjusted.map((id) => t.adjustedLine(id, t.points(latest.entries[id]!.score), t.points(inputs[id]!.score), inputs[id]!.note.trim()));
      return { type: 'text', text: [t.reviewedNotice(year, total - adjusted.length, adjusted.length), ...lines].join('\n\n') };
    });
    if (problem) app.logger.warn({ year, unitId, memberId: scorer, detail: problem }, 'review notice not delivered');
  }
  app.logger.info({ year, unitId, version: latest.version, adjusted: adjusted.length }, 'self-assessment reviewed');
  return { card: reviewCard(set, sa, now, app.roster, locale, { status: s.review.done(total - adjusted.length, adjusted.length) }) };
}
