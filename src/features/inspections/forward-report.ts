import { ValidationError } from '../../errors/app-errors.ts';
import { INSPECTION } from '../../i18n/inspection-strings.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import { sendToAll } from '../jobs/job-context.ts';
import { nameOf } from '../meetings/meeting-repo.ts';
import { decisionMaker } from '../members/decision-maker.ts';
import type { ActionTurn } from '../turn.ts';
import type { ForwardData } from './card-payloads.ts';
import { reviewCard } from './inspection-cards.ts';
import { inspectionToEdit, updateOpenInspection } from './inspection-repo.ts';

/**
 * `inspection.forward` (Điều 8.2, 8.4): the standing member, having seen the team's report, forwards
 * it with an optional note to the chief — or to the deputy chief while a delegation is in force
 * (decisionMaker) — whose card carries the conclusion form.
 */
export async function forwardReportAction(turn: ActionTurn<ForwardData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'inspection.forward', app);
  const locale = turn.caller.locale;
  const s = INSPECTION[locale];
  const inspection = await inspectionToEdit(app, turn.data.inspectionId, locale);
  if (inspection.status !== 'reported') throw new ValidationError('inspectionId', s.notReported);
  const at = app.clock().toISOString();
  const saved = await updateOpenInspection(app, inspection.id, locale, (current) =>
    current.status !== 'reported' ? { refused: s.notReported } : { ...current, status: 'forwarded', forwarded: { note: turn.data.note, by: member.id, at } },
  );
  const to = await decisionMaker(app);
  const undelivered = await sendToAll(app, to.memberIds, (l) => ({ type: 'card', card: reviewCard(saved, l, app, { concludable: true, onBehalfOfChief: to.onBehalfOfChief }) }));
  if (undelivered) app.logger.warn({ inspectionId: saved.id, undelivered }, 'inspection report not delivered to the chief');
  return { card: reviewCard(saved, locale, app, { status: s.forwarded(to.memberIds.map((id) => nameOf(app, id)).join(', ')) }) };
}
