import { teamOf, unitsWithoutFinding } from '../../domain/inspections/inspection-rules.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { INSPECTION } from '../../i18n/inspection-strings.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import { sendToAll } from '../jobs/job-context.ts';
import { nameOf } from '../meetings/meeting-repo.ts';
import type { ActionTurn } from '../turn.ts';
import type { TeamReportData } from './card-payloads.ts';
import { reviewCard, teamCard } from './inspection-cards.ts';
import { inspectionToEdit, updateOpenInspection } from './inspection-repo.ts';

/**
 * `inspection.submit` (Điều 8.2): the team leader, once every unit has a finding, reports in writing
 * to the chief through the standing member: the report goes to the standing member to forward, and
 * the rest of the team is told. Findings are frozen from then on.
 */
export async function submitReportAction(turn: ActionTurn<TeamReportData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'inspection.record', app);
  const locale = turn.caller.locale;
  const s = INSPECTION[locale];
  const inspection = await inspectionToEdit(app, turn.data.inspectionId, locale);
  if (inspection.leaderId !== member.id) throw new ValidationError('inspectionId', teamOf(inspection).includes(member.id) ? s.notLeader : s.notOnTeam);
  if (inspection.status !== 'open') throw new ValidationError('inspectionId', s.notOpen);
  const missing = unitsWithoutFinding(inspection);
  if (missing.length > 0) throw new ValidationError('findings', s.missingFindings(missing.map((u) => app.roster.unit(u)?.name ?? u)));
  if (!turn.data.summary) throw new ValidationError('summary', s.summaryRequired);
  const at = app.clock().toISOString();
  const saved = await updateOpenInspection(app, inspection.id, locale, (current) => {
    if (current.status !== 'open') return { refused: s.notOpen };
    if (unitsWithoutFinding(current).length > 0) return { refused: s.missingFindings(unitsWithoutFinding(current)) };
    return { ...current, status: 'reported', report: { summary: turn.data.summary, by: member.id, at } };
  });
  const toStanding = await sendToAll(app, saved.organiserIds, (l) => ({ type: 'card', card: reviewCard(saved, l, app, { forwardable: true }) }));
  if (toStanding) app.logger.warn({ inspectionId: saved.id, undelivered: toStanding }, 'inspection report not delivered to the standing member');
  const others = teamOf(saved).filter((id) => id !== member.id);
  if (others.length > 0) {
    const toTeam = await sendToAll(app, others, (l) => ({ type: 'text', text: INSPECTION[l].reportedToTeam(nameOf(app, member.id)) }));
    if (toTeam) app.logger.info({ inspectionId: saved.id, undelivered: toTeam }, 'team not told of the report');
  }
  return { card: teamCard(saved, member.id, locale, app, s.submitted) };
}
