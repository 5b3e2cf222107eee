import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import { formatDate } from '../../domain/calendar/index.ts';
import type { Roster } from '../../domain/committee/committee.ts';
import type { CriteriaSet } from '../../domain/par-criteria/criteria-schema.ts';
import { itemsOfUnit } from '../../domain/self-assessment/scored-items.ts';
import { countedScore, currentReview, latestScores, type SelfAssessment, type UnitScores } from '../../domain/self-assessment/self-assessment.ts';
import { assessmentTotals, percentage, roundPoints } from '../../domain/self-assessment/totals.ts';
import type { Locale } from '../../i18n/locale.ts';
import { SELF_ASSESSMENT as S } from '../../i18n/self-assessment-strings.ts';

const pct = (n: number, locale: Locale) => n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 });

/** Leaders' table: per area criteria scored / total and points claimed / maximum; each unit's state. */
export function leaderScoresCard(set: CriteriaSet, sa: SelfAssessment, scores: ReadonlyMap<string, UnitScores>, roster: Roster, locale: Locale, options: { compilable: boolean; status?: string }): AdaptiveCardJson {
  const s = S[locale];
  const p = s.points;
  const totals = assessmentTotals(set, scores);
  const units = sa.units.map((u) => {
    const mine = scores.get(u);
    const latest = latestScores(mine);
    const name = roster.unit(u)?.name ?? u;
    if (!latest) return s.scores.unitLine(name, s.scores.unitStates.none);
    const reviewed = itemsOfUnit(set, u).every((i) => currentReview(mine, i.id));
    return s.scores.unitLine(name, reviewed ? s.scores.unitStates.reviewed(latest.version) : s.scores.unitStates.scored(latest.version));
  });
  return renderCard('self-assessment-scores', {
    title: s.scores.title(sa.year),
    illustrative: set.illustrative ? s.illustrative : '',
    deadline: s.scores.deadline(formatDate(sa.deadline)),
    summary: s.scores.summary(totals.itemsScored, totals.itemsTotal, p(totals.claimed), p(totals.maxPoints), pct(percentage(totals.claimed, totals.maxPoints), locale)),
    sections: totals.areas.map((a) => ({
      heading: `${a.areaId}. ${a.title}`,
      facts: [
        { label: s.scores.columns.scored, value: `${a.itemsScored}/${a.itemsTotal}` },
        { label: s.scores.columns.points, value: `${p(a.claimed)}/${p(a.maxPoints)}` },
        { label: s.scores.counted, value: p(a.points) },
      ],
    })),
    unitsTitle: s.scores.unitsTitle,
    units,
    status: options.status ?? '',
    compilable: options.compilable,
    compileLabel: s.scores.compile,
    year: String(sa.year),
  });
}

/** A unit's own view: each of its criteria with the maximum, its claim, the score that counts and the note. */
export function unitScoresCard(set: CriteriaSet, sa: SelfAssessment, unitIds: string[], scores: ReadonlyMap<string, UnitScores>, roster: Roster, locale: Locale): AdaptiveCardJson {
  const s = S[locale];
  const p = s.points;
  const sections = unitIds.flatMap((unitId) =>
    itemsOfUnit(set, unitId).map((item) => {
      const mine = scores.get(unitId);
      const claim = latestScores(mine)?.entries[item.id];
      const review = currentReview(mine, item.id);
      const counted = countedScore(mine, item.id);
      return {
        heading: `${item.id}. ${item.title}${unitIds.length > 1 ? ` (${roster.unit(unitId)?.name ?? unitId})` : ''}`,
        facts: [
          { label: S[locale].form.maximum, value: p(item.maxPoints) },
          { label: s.scores.claimed, value: claim ? p(claim.score) : s.scores.notScored },
          { label: s.scores.counted, value: counted === undefined ? s.scores.notScored : review ? p(counted) : `${p(counted)} (${s.scores.pendingReview})` },
          ...(review?.note ? [{ label: s.scores.note, value: review.note }] : []),
        ],
        max: item.maxPoints,
        counted: counted ?? 0,
        scored: claim !== undefined,
      };
    }),
  );
  const max = roundPoints(sections.reduce((sum, x) => sum + x.max, 0));
  const points = roundPoints(sections.reduce((sum, x) => sum + x.counted, 0));
  const names = unitIds.map((u) => roster.unit(u)?.name ?? u).join(', ');
  return renderCard('self-assessment-scores', {
    title: s.scores.unitTitle(names, sa.year),
    illustrative: set.illustrative ? s.illustrative : '',
    deadline: s.scores.deadline(formatDate(sa.deadline)),
    summary: s.scores.summary(sections.filter((x) => x.scored).length, sections.length, p(points), p(max), pct(percentage(points, max), locale)),
    sections: sections.map(({ heading, facts }) => ({ heading, facts })),
    unitsTitle: '',
    units: [],
    status: '',
    compilable: false,
    compileLabel: '',
    year: String(sa.year),
  });
}
