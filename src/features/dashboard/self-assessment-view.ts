import { formatDate, localDate } from '../../domain/calendar/index.ts';
import { PAR_AREA_TITLES } from '../../domain/par-areas.ts';
import { responsibleUnits } from '../../domain/self-assessment/scored-items.ts';
import { criteriaOfUnits } from '../../domain/self-assessment/criteria-of-units.ts';
import { assessmentTotals, type Tally } from '../../domain/self-assessment/totals.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AppServices } from '../app-services.ts';
import { criteriaSet } from '../self-assessment/criteria-sets.ts';
import { SelfAssessmentRepo } from '../self-assessment/self-assessment-repo.ts';

/** The year's PAR self-assessment as the tab shows it: points that count vs maximum, per area of the criteria set. */
export interface SelfAssessmentView {
  year: number;
  illustrative: boolean;
  /** The units' deadline, dd/mm/yyyy. */
  deadline: string;
  compiled: boolean;
  /** The units whose criteria are counted (every responsible unit for leaders). */
  units: string[];
  total: Tally;
  areas: Array<Tally & { areaId: string; title: string }>;
}

/**
 * The Office's totals by area for `'all'` (as `điểm` shows leaders), or the units' own criteria only
 * (as `điểm` shows a unit head). Null while the year's self-assessment is not open, or when the units
 * score no criterion of it.
 */
export async function selfAssessmentView(app: AppServices, units: 'all' | readonly string[], locale: Locale): Promise<SelfAssessmentView | null> {
  const year = Number(localDate(app.clock()).slice(0, 4));
  const repo = new SelfAssessmentRepo(app.store);
  const sa = await repo.get(year);
  const full = sa ? criteriaSet(app, year) : undefined;
  if (!sa || !full) return null;
  const set = units === 'all' ? full : criteriaOfUnits(full, units);
  if (set.areas.length === 0) return null;
  const totals = assessmentTotals(set, await repo.allScores(sa));
  const total: Tally = { maxPoints: totals.maxPoints, points: totals.points, claimed: totals.claimed, itemsScored: totals.itemsScored, itemsTotal: totals.itemsTotal, percent: totals.percent };
  // The set's titles are the City's Vietnamese wording; English readers get the committee's area title where the set maps one.
  const titleOf = (areaId: string, title: string) => {
    const parArea = set.areas.find((a) => a.id === areaId)?.parArea;
    return locale === 'en' && parArea ? PAR_AREA_TITLES[parArea].en : title;
  };
  return {
    year,
    illustrative: set.illustrative,
    deadline: formatDate(sa.deadline),
    compiled: Boolean(sa.compiledAt),
    units: responsibleUnits(set),
    total,
    areas: totals.areas.map((a) => ({ ...a, title: titleOf(a.areaId, a.title) })),
  };
}
