import { defineVerb, type FeatureModule } from '../feature-module.ts';
import { CONCLUSION, FINDING, FORWARD, INSPECTION_FORM, SELF_REPORT, TEAM_REPORT } from './card-payloads.ts';
import { concludeInspectionAction } from './conclude-inspection.ts';
import { deliverMissingInspectionCards, deliverToReachableMember } from './deliver-inspection.ts';
import { forwardReportAction } from './forward-report.ts';
import { createInspectionAction, inspectionCommand } from './inspection-form.ts';
import { remindSelfReports } from './inspection-jobs.ts';
import { INSPECTIONS } from './inspection-repo.ts';
import { recordFindingAction } from './record-finding.ts';
import { selfReportAction } from './self-report.ts';
import { submitReportAction } from './submit-report.ts';

/** Inspections (Điều 8): a team of members, the units' self-reports, findings, the report through the standing member, the chief's conclusion. */
export const inspectionsModule: FeatureModule = {
  name: 'inspections',
  commands: [{ name: 'inspection', phrases: ['kiem tra', 'inspection', 'inspections'], allow: ['inspection.create', 'inspection.record'], handler: inspectionCommand }],
  verbs: [
    defineVerb({ verb: 'inspection.create', allow: ['inspection.create'], schema: INSPECTION_FORM, handler: createInspectionAction }),
    defineVerb({ verb: 'inspection.selfReport', allow: ['inspection.selfReport'], schema: SELF_REPORT, handler: selfReportAction }),
    defineVerb({ verb: 'inspection.finding', allow: ['inspection.record'], schema: FINDING, handler: recordFindingAction }),
    defineVerb({ verb: 'inspection.submit', allow: ['inspection.record'], schema: TEAM_REPORT, handler: submitReportAction }),
    defineVerb({ verb: 'inspection.forward', allow: ['inspection.forward'], schema: FORWARD, handler: forwardReportAction }),
    defineVerb({ verb: 'inspection.conclude', allow: ['inspection.conclude'], schema: CONCLUSION, handler: concludeInspectionAction }),
  ],
  jobs: [
    { name: 'inspections/deliver', when: 'working-hours', order: 58, run: deliverMissingInspectionCards },
    { name: 'inspections/self-report-reminders', when: 'working-hours', order: 62, run: remindSelfReports },
  ],
  collections: [INSPECTIONS],
  onMemberReachable: deliverToReachableMember,
};
