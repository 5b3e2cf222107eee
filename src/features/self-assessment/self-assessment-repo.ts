import type { SelfAssessment, UnitScores } from '../../domain/self-assessment/self-assessment.ts';
import type { DocumentStore } from '../../store/document-store.ts';
import { repository, type Repository } from '../../store/repository.ts';
import { SELF_ASSESSMENT_SHAPE, UNIT_SCORES_SHAPE } from '../../store/shapes/self-assessment-shapes.ts';

/** Openings, one document per year ("sa-2026"). */
export const SELF_ASSESSMENTS = 'self-assessments';
/** Each unit's scores and their reviews, one document per year and unit ("sa-2026-kinh-te"). */
export const SELF_ASSESSMENT_SCORES = 'self-assessment-scores';

const openingId = (year: number) => `sa-${year}`;
const scoresId = (year: number, unitId: string) => `sa-${year}-${unitId}`;

/** The id of a year's report for signature in the synthesis collection (the same trình ký and register as the quarterly report). */
export function reportId(year: number): string {
  return `self-assessment-${year}`;
}

/** The self-assessment documents: small, one per year and one per unit, each updated under its own lock, versioned (src/store/shapes/). */
export class SelfAssessmentRepo {
  readonly #openings: Repository<SelfAssessment>;
  readonly #scores: Repository<UnitScores>;

  constructor(store: DocumentStore) {
    this.#openings = repository(store, SELF_ASSESSMENTS, SELF_ASSESSMENT_SHAPE);
    this.#scores = repository(store, SELF_ASSESSMENT_SCORES, UNIT_SCORES_SHAPE);
  }

  get(year: number): Promise<SelfAssessment | undefined> {
    return this.#openings.get(openingId(year));
  }

  update(year: number, fn: (current: SelfAssessment | undefined) => SelfAssessment | undefined | Promise<SelfAssessment | undefined>): Promise<SelfAssessment | undefined> {
    return this.#openings.update(openingId(year), fn);
  }

  all(): Promise<SelfAssessment[]> {
    return this.#openings.all();
  }

  scores(year: number, unitId: string): Promise<UnitScores | undefined> {
    return this.#scores.get(scoresId(year, unitId));
  }

  updateScores(year: number, unitId: string, fn: (current: UnitScores | undefined) => UnitScores | undefined): Promise<UnitScores | undefined> {
    return this.#scores.update(scoresId(year, unitId), fn);
  }

  /** Every unit's scores of the year, by unit id. */
  async allScores(sa: SelfAssessment): Promise<Map<string, UnitScores>> {
    const pairs = await Promise.all(sa.units.map(async (u) => [u, await this.scores(sa.year, u)] as const));
    return new Map(pairs.filter((p): p is readonly [string, UnitScores] => p[1] !== undefined));
  }
}
