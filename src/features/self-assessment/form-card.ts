import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import { formatDate, formatInstant } from '../../domain/calendar/index.ts';
import type { Roster } from '../../domain/committee/committee.ts';
import type { CriteriaSet } from '../../domain/par-criteria/criteria-schema.ts';
import type { TypedEntry } from '../../domain/self-assessment/score-entry.ts';
import { itemsOfUnit } from '../../domain/self-assessment/scored-items.ts';
import { currentReview, latestScores, type SelfAssessment, type UnitScores } from '../../domain/self-assessment/self-assessment.ts';
import type { Locale } from '../../i18n/locale.ts';
import { SELF_ASSESSMENT as S } from '../../i18n/self-assessment-strings.ts';

export interface FormView {
  /** What was typed, shown again after a refusal so nothing typed is lost. */
  typed?: (criterionId: string) => TypedEntry;
  errors?: string[];
  status?: string;
  /** False once the table is compiled: the card shows the scores without inputs. */
  editable?: boolean;
}

/** A unit's one card of the year: every criterion it scores, with score, explanation and evidence inputs. */
export function formCard(set: CriteriaSet, sa: SelfAssessment, unitId: string, scores: UnitScores | undefined, roster: Roster, locale: Locale, view: FormView = {}): AdaptiveCardJson {
  const s = S[locale];
  const unit = roster.unit(unitId);
  const latest = latestScores(scores);
  const editable = view.editable ?? !sa.compiledAt;
  const items = itemsOfUnit(set, unitId).map((item) => {
    const stored = latest?.entries[item.id];
    const typed = view.typed?.(item.id) ?? { score: stored ? s.points(stored.score) : '', explanation: stored?.explanation ?? '', evidence: stored?.evidence.join('\n') ?? '' };
    const review = currentReview(scores, item.id);
    const facts = [
      { label: s.form.maximum, value: s.points(item.maxPoints) },
      { label: s.form.rule, value: item.scoringRule },
      ...(item.evidence || item.evidenceRequired ? [{ label: s.form.evidenceAsked, value: [item.evidence ?? '', item.evidenceRequired ? `(${s.form.evidenceRequired})` : ''].filter(Boolean).join(' ') }] : []),
      ...(!editable && stored ? [{ label: s.scores.claimed, value: s.points(stored.score) }] : []),
    ];
    return {
      id: item.id,
      parent: item.parentTitle ?? '',
      heading: `${item.id}. ${item.title}`,
      facts,
      review: review ? s.form.reviewedAs(s.points(review.score), review.note) : '',
      editable,
      scoreLabel: s.form.scoreLabel(s.points(item.maxPoints), s.points(item.step)),
      explanationLabel: s.form.explanationLabel,
      evidenceLabel: s.form.evidenceLabel,
      evidenceHint: s.form.evidenceHint,
      score: typed.score,
      explanation: typed.explanation,
      evidence: typed.evidence,
    };
  });
  const state = latest ? s.form.version(latest.version, formatInstant(latest.at), roster.member(latest.by)?.name ?? latest.by) : s.form.notScored;
  return renderCard('self-assessment-form', {
    title: s.form.title(sa.year),
    illustrative: set.illustrative ? s.illustrative : '',
    intro: s.form.intro(unit?.name ?? unitId, formatDate(sa.deadline)),
    facts: [
      { label: s.form.unit, value: unit?.name ?? unitId },
      { label: s.form.deadline, value: formatDate(sa.deadline) },
      { label: s.form.state, value: state },
    ],
    errorsIntro: s.form.errorsIntro,
    errors: view.errors ?? [],
    items,
    status: view.status ?? '',
    editable,
    submitLabel: s.form.submit,
    year: String(sa.year),
    unitId,
  });
}
