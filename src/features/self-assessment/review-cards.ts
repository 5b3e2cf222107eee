import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import type { Roster } from '../../domain/committee/committee.ts';
import type { CriteriaSet } from '../../domain/par-criteria/criteria-schema.ts';
import { itemsOfUnit } from '../../domain/self-assessment/scored-items.ts';
import { currentReview, latestScores, type SelfAssessment, type UnitScores } from '../../domain/self-assessment/self-assessment.ts';
import type { Locale } from '../../i18n/locale.ts';
import { SELF_ASSESSMENT as S } from '../../i18n/self-assessment-strings.ts';
import type { AppServices } from '../app-services.ts';
import { sendToAll } from '../jobs/job-context.ts';

/** The standing member's card for one unit's latest version: each claim with its explanation and evidence, and the score that counts. */
export function reviewCard(
  set: CriteriaSet,
  sa: SelfAssessment,
  scores: UnitScores,
  roster: Roster,
  locale: Locale,
  view: { typed?: (id: string) => { score: string; note: string }; errors?: string[]; status?: string } = {},
): AdaptiveCardJson {
  const s = S[locale];
  const latest = latestScores(scores)!;
  const unitName = roster.unit(scores.unitId)?.name ?? scores.unitId;
  const editable = !sa.compiledAt;
  const items = itemsOfUnit(set, scores.unitId).map((item) => {
    const claim = latest.entries[item.id];
    const review = currentReview(scores, item.id);
    const typed = view.typed?.(item.id) ?? { score: s.points(review?.score ?? claim?.score ?? 0), note: review?.note ?? '' };
    return {
      id: item.id,
      heading: `${item.id}. ${item.title}`,
      claimed: s.review.claimed(claim ? s.points(claim.score) : '—', s.points(item.maxPoints)),
      facts: [
        { label: s.review.explanation, value: claim?.explanation ?? '' },
        { label: s.review.evidence, value: claim?.evidence.length ? claim.evidence.join('\n') : s.review.none },
      ],
      editable,
      scoreLabel: s.review.scoreLabel(s.points(item.maxPoints)),
      noteLabel: s.review.noteLabel,
      score: typed.score,
      note: typed.note,
    };
  });
  const by = roster.member(latest.by)?.name ?? latest.by;
  return renderCard('self-assessment-review', {
    title: s.review.title(unitName, sa.year),
    intro: s.review.intro(unitName, latest.version, by),
    errors: view.errors ?? [],
    items,
    status: view.status ?? '',
    editable,
    submitLabel: s.review.submit,
    year: String(sa.year),
    unitId: scores.unitId,
    version: String(latest.version),
  });
}

/** A unit sent a new version: each standing member gets the card to review it. */
export async function sendReviewCards(app: AppServices, set: CriteriaSet, sa: SelfAssessment, scores: UnitScores): Promise<void> {
  const standing = app.roster.withRole('standing').map((m) => m.id);
  const unitName = app.roster.unit(scores.unitId)?.name ?? scores.unitId;
  const version = latestScores(scores)!.version;
  for (const id of standing) {
    // The notice first, so the card that follows is read as the thing to act on.
    const problem = await sendToAll(app, [id], (locale) => ({ type: 'text', text: S[locale].submittedNotice(unitName, sa.year, version) }));
    if (problem) app.logger.warn({ year: sa.year, unitId: scores.unitId, memberId: id, detail: problem }, 'self-assessment notice not delivered');
    else await sendToAll(app, [id], (locale) => ({ type: 'card', card: reviewCard(set, sa, scores, app.roster, locale) }));
  }
}
