import type { EntryProblem } from '../../domain/self-assessment/score-entry.ts';
import type { ScoredItem } from '../../domain/self-assessment/scored-items.ts';
import type { Locale } from '../../i18n/locale.ts';
import { SELF_ASSESSMENT as S } from '../../i18n/self-assessment-strings.ts';

/** One refusal reason as the member reads it. */
export function problemText(p: EntryProblem, item: ScoredItem, locale: Locale): string {
  const s = S[locale];
  return s.problem(p.criterionId, p.kind, p.detail, s.points(item.maxPoints), s.points(item.step));
}
