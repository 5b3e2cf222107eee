import { defineVerb, type FeatureModule } from '../feature-module.ts';
import { reviewCard as reviewSchema, unitCard } from './card-data.ts';
import { loadCriteriaAtStart } from './criteria-sets.ts';
import { openSelfAssessmentCommand } from './open-command.ts';
import { reviewAction } from './review-action.ts';
import { runSelfAssessmentJobs } from './reminder-jobs.ts';
import { scoreAction } from './score-action.ts';
import { scoreCommand } from './score-command.ts';
import { SELF_ASSESSMENT_SCORES, SELF_ASSESSMENTS } from './self-assessment-repo.ts';
import { deliverWaitingCards } from './send-unit-cards.ts';

/**
 * The PAR-index self-assessment (Điều 5.3, 6 mục 2.14, Phụ lục 2A): the criteria sets per year,
 * validated at start; opening with a deadline, one card per responsible unit, review by the
 * standing member, reminders on the report ladder, and the table by area.
 */
export const selfAssessmentModule: FeatureModule = {
  name: 'selfAssessment',
  commands: [
    { name: 'selfAssessmentOpen', phrases: ['tu cham diem', 'self-assessment', 'self assessment'], allow: ['selfAssessment.open'], handler: openSelfAssessmentCommand },
    { name: 'selfAssessmentScores', phrases: ['diem', 'score', 'scores'], allow: ['selfAssessment.viewAll', 'selfAssessment.viewOwn'], handler: scoreCommand },
  ],
  verbs: [
    defineVerb({ verb: 'selfAssessment.score', allow: ['selfAssessment.score'], schema: unitCard, handler: scoreAction }),
    defineVerb({ verb: 'selfAssessment.review', allow: ['selfAssessment.review'], schema: reviewSchema, handler: reviewAction }),
  ],
  // After the cycle jobs (20), before the failure report (100) that lists what this left failed.
  jobs: [{ name: 'self-assessment/reminders', when: 'working-hours', order: 30, run: runSelfAssessmentJobs }],
  collections: [SELF_ASSESSMENTS, SELF_ASSESSMENT_SCORES],
  onStart: loadCriteriaAtStart,
  onMemberReachable: deliverWaitingCards,
};
