import { VERDICTS, type Verdict } from '../../domain/inspections/inspection-model.ts';
import { needsProposal, teamRole } from '../../domain/inspections/inspection-rules.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { INSPECTION } from '../../i18n/inspection-strings.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { ActionTurn } from '../turn.ts';
import type { FindingData } from './card-payloads.ts';
import { teamCard } from './inspection-cards.ts';
import { inspectionToEdit, updateOpenInspection } from './inspection-repo.ts';

/**
 * `inspection.finding`: a member of the team records, for one inspected unit, whether it meets the
 * requirements, partly, or not, the findings and the proposed handling (required short of meeting).
 * Anyone not on the team is refused; a new finding for the unit replaces the earlier one until the leader reports.
 */
export async function recordFindingAction(turn: ActionTurn<FindingData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'inspection.record', app);
  const locale = turn.caller.locale;
  const s = INSPECTION[locale];
  const { inspectionId, unitId, findings, proposal } = turn.data;
  const inspection = await inspectionToEdit(app, inspectionId, locale);
  if (!teamRole(inspection, member.id)) throw new ValidationError('inspectionId', s.notOnTeam);
  if (inspection.status !== 'open') throw new ValidationError('inspectionId', s.notOpen);
  if (!unitId) throw new ValidationError('unitId', s.chooseUnit);
  if (!inspection.unitIds.includes(unitId)) throw new ValidationError('unitId', s.unitNotInspected);
  const verdict = VERDICTS.find((v) => v === turn.data.verdict) as Verdict | undefined;
  if (!verdict) throw new ValidationError('verdict', s.chooseVerdict);
  if (!findings) throw new ValidationError('findings', s.findingsRequired);
  if (needsProposal(verdict) && !proposal) throw new ValidationError('proposal', s.proposalRequired);
  const at = app.clock().toISOString();
  const saved = await updateOpenInspection(app, inspection.id, locale, (current) =>
    current.status !== 'open' ? { refused: s.notOpen } : { ...current, findings: { ...current.findings, [unitId]: { verdict, findings, proposal, by: member.id, at } } },
  );
  return { card: teamCard(saved, member.id, locale, app, s.findingRecorded(app.roster.unit(unitId)?.name ?? unitId)) };
}
