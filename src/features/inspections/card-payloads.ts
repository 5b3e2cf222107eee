import type { z } from 'zod';
import { cardForm, cardRef, cardText } from '../card-schemas.ts';

/** Payload schemas of the inspection cards; the handlers receive their parsed output. */
export const INSPECTION_FORM = cardForm({
  token: cardText,
  content: cardText,
  units: cardText,
  periodFrom: cardText,
  periodTo: cardText,
  deadline: cardText,
  leader: cardText,
  deputyLeader: cardText,
  members: cardText,
});
export const SELF_REPORT = cardForm({ inspectionId: cardRef, unitId: cardRef, selfReport: cardText, evidence: cardText });
export const FINDING = cardForm({ inspectionId: cardRef, unitId: cardRef, verdict: cardText, findings: cardText, proposal: cardText });
export const TEAM_REPORT = cardForm({ inspectionId: cardRef, summary: cardText });
export const FORWARD = cardForm({ inspectionId: cardRef, note: cardText });
/** The conclusion; each unit's measure and deadline arrive as `measure-<unitId>` and `deadline-<unitId>`. */
export const CONCLUSION = cardForm({ inspectionId: cardRef, conclusion: cardText });

export type InspectionFormData = z.output<typeof INSPECTION_FORM>;
export type SelfReportData = z.output<typeof SELF_REPORT>;
export type FindingData = z.output<typeof FINDING>;
export type TeamReportData = z.output<typeof TEAM_REPORT>;
export type ForwardData = z.output<typeof FORWARD>;
export type ConclusionData = z.output<typeof CONCLUSION>;
