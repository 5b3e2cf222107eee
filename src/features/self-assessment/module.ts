import type { FeatureModule } from '../feature-module.ts';
import { loadCriteriaAtStart } from './criteria-sets.ts';

/** The PAR-index self-assessment (Điều 5.3, 6 mục 2.14, Phụ lục 2A): the criteria sets per year, validated at start. */
export const selfAssessmentModule: FeatureModule = {
  name: 'selfAssessment',
  onStart: loadCriteriaAtStart,
};
