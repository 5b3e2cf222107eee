import { defineVerb, type FeatureModule } from '../feature-module.ts';
import { decisionCard, reviewCard as reviewSchema, unitCard, yearCard } from './card-data.ts';
import { loadCriteriaAtStart } from './criteria-sets.ts';
import { openSelfAssessmentCommand } from './open-command.ts';
import { approveReportAction, compileAction, returnReportAction, submitReportAction } from './report-actions.ts';
import { reviewAction } from './review-action.ts';
import { runSelfAssessmentJobs } from './reminder-jobs.ts';
import { scoreAction } from './score-action.ts';
import { scoreCommand } from './score-command.ts';
import { SELF_ASSESSMENT_SCORES, SELF_ASSESSMENTS } from './self-assessment-repo.ts';
import { settleApprovedReports } from './send-report.ts';
import { deliverWaitingCards } from './send-unit-cards.ts';

/**
 * The PAR-index self-assessment (Điều 5.3, 6 mục 2.14, Phụ lục 2A): the criteria sets per year,
 * validated at start; opening with a deadline, one card per responsible unit, review by the
 * standing member, reminders on the report ladder, the table by area, and the Office's report
 * (.xlsx table and Decree 30 .docx) through trình ký, approval with a number and sending, once.
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
    defineVerb({ verb: 'selfAssessment.compile', allow: ['selfAssessment.compile'], schema: yearCard, handler: compileAction }),
    defineVerb({ verb: 'selfAssessment.submit', allow: ['selfAssessment.compile'], schema: yearCard, handler: submitReportAction }),
    defineVerb({ verb: 'selfAssessment.approve', allow: ['selfAssessment.approve'], schema: decisionCard, handler: approveReportAction }),
    defineVerb({ verb: 'selfAssessment.return', allow: ['selfAssessment.approve'], schema: decisionCard, handler: returnReportAction }),
  ],
  // After the cycle jobs (20), before the failure report (100) that lists what this left failed.
  jobs: [
    { name: 'self-assessment/reminders', when: 'working-hours', order: 30, run: runSelfAssessmentJobs },
    // After mail/retry (order 0): a queued report mail that just left is recorded and its submitter told.
    { name: 'self-assessment/settle-approved', when: 'working-hours', order: 6, run: (ctx) => settleApprovedReports(ctx.app) },
  ],
  collections: [SELF_ASSESSMENTS, SELF_ASSESSMENT_SCORES],
  onStart: loadCriteriaAtStart,
  onMemberReachable: deliverWaitingCards,
};
