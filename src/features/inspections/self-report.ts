import { parseEvidenceLinks } from '../../domain/inspections/evidence-links.ts';
import { unitsActingFor } from '../../domain/committee/permissions.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { INSPECTION } from '../../i18n/inspection-strings.ts';
import { permissionContext } from '../absences.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { ActionTurn } from '../turn.ts';
import type { SelfReportData } from './card-payloads.ts';
import { requestCard } from './inspection-cards.ts';
import { inspectionToEdit, updateOpenInspection } from './inspection-repo.ts';

/**
 * `inspection.selfReport` (Điều 8.3): the inspected unit's head — or its deputy while the head is
 * away — sends the written report and https evidence links. It may be sent again while the team
 * works; once the leader has reported, or the inspection is closed, nothing changes.
 */
export async function selfReportAction(turn: ActionTurn<SelfReportData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'inspection.selfReport', app);
  const locale = turn.caller.locale;
  const s = INSPECTION[locale];
  const { inspectionId, unitId } = turn.data;
  const inspection = await inspectionToEdit(app, inspectionId, locale);
  if (!inspection.unitIds.includes(unitId)) throw new ValidationError('unitId', s.unitNotInspected);
  if (!unitsActingFor(member, await permissionContext(app)).includes(unitId)) throw new ValidationError('unitId', s.notYourUnit);
  if (inspection.status !== 'open') throw new ValidationError('inspectionId', s.notOpen);
  if (!turn.data.selfReport) throw new ValidationError('selfReport', s.selfReportRequired);
  const links = parseEvidenceLinks(turn.data.evidence);
  if (!links.ok) throw new ValidationError('evidence', s.badLink(links.bad));
  const at = app.clock().toISOString();
  const saved = await updateOpenInspection(app, inspection.id, locale, (current) => {
    if (current.status !== 'open') return { refused: s.notOpen };
    const version = (current.selfReports[unitId]?.version ?? 0) + 1;
    return { ...current, selfReports: { ...current.selfReports, [unitId]: { text: turn.data.selfReport, evidence: links.links, by: member.id, at, version } } };
  });
  return { card: requestCard(saved, unitId, locale, app, { status: s.selfReportRecorded(saved.selfReports[unitId]!.version) }) };
}
