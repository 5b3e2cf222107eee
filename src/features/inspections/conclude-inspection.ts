import { formatDate, localDate } from '../../domain/calendar/index.ts';
import type { Member } from '../../domain/committee/committee.ts';
import { parseDate } from '../../domain/cycles/quarter.ts';
import type { HandlingMeasure, Inspection } from '../../domain/inspections/inspection-model.ts';
import { concludeMeasure, teamOf } from '../../domain/inspections/inspection-rules.ts';
import { createTask, type MeetingTask } from '../../domain/meetings/index.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { INSPECTION } from '../../i18n/inspection-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { cardText } from '../card-input.ts';
import { requirePermission } from '../guards.ts';
import { sendToAll } from '../jobs/job-context.ts';
import { infoCard, taskCard } from '../meetings/meeting-cards.ts';
import { unitRecipient } from '../meetings/meeting-repo.ts';
import { signedBy } from '../members/decision-maker.ts';
import { localeOf } from '../member-locale.ts';
import type { ActionTurn } from '../turn.ts';
import type { ConclusionData } from './card-payloads.ts';
import { reviewCard } from './inspection-cards.ts';
import { inspectionToEdit, updateOpenInspection } from './inspection-repo.ts';

/** The measures of the conclusion form: each unit's text (the team's proposal, accepted or adjusted) with its deadline. */
function readMeasures(app: AppServices, inspection: Inspection, data: Record<string, unknown>, locale: Locale, today: string): HandlingMeasure[] {
  const s = INSPECTION[locale];
  const measures: HandlingMeasure[] = [];
  for (const unitId of inspection.unitIds) {
    const content = cardText(data, `measure-${unitId}`);
    if (!content) continue;
    const name = app.roster.unit(unitId)?.name ?? unitId;
    const deadline = parseDate(cardText(data, `deadline-${unitId}`));
    if (!deadline) throw new ValidationError(`deadline-${unitId}`, s.measureDeadlineMissing(name));
    if (deadline < today) throw new ValidationError(`deadline-${unitId}`, s.measureDeadlinePast(name, formatDate(today)));
    measures.push(concludeMeasure(inspection, unitId, content, deadline, `${inspection.id}-t${measures.length + 1}`));
  }
  return measures;
}

/** Tells one inspected unit the conclusion and its measure, and hands it the task card to report progress on. */
async function tellUnit(app: AppServices, inspection: Inspection, unitId: string, tasks: MeetingTask[], decider: Member): Promise<void> {
  const owner = await unitRecipient(app, unitId);
  if (!owner) return;
  const locale = await localeOf(app, owner);
  const s = INSPECTION[locale];
  const mine = inspection.conclusion!.measures.filter((m) => m.unitId === unitId);
  const card = infoCard(s.conclusionTitle(inspection.content), s.conclusionToUnit(signedBy(decider, locale), inspection.conclusion!.text), [], [{ heading: s.yourMeasure, items: mine.length ? mine.map((m) => `${m.content} (${formatDate(m.deadline)})`) : [s.noMeasure] }]);
  const outcome = await app.messenger.send(owner, { type: 'card', card });
  if (!outcome.ok) app.logger.info({ owner, inspectionId: inspection.id, reason: outcome.reason }, 'inspection conclusion not delivered');
  for (const task of tasks.filter((t) => t.unitId === unitId)) {
    const sent = await app.messenger.send(owner, { type: 'card', card: taskCard(task, app, locale) });
    if (!sent.ok) app.logger.info({ owner, taskId: task.id, reason: sent.reason }, 'inspection task card not delivered');
  }
}

/**
 * `inspection.conclude`: the chief — or the deputy chief under delegation, "thay mặt" — concludes on
 * the forwarded report, accepting or adjusting each proposed measure. Each measure becomes a task
 * followed up by the tasks feature, the units are told, and the team is dissolved (Điều 8.1): the
 * inspection is closed for good and its Decree 30 report is listed under `tài liệu`.
 */
export async function concludeInspectionAction(turn: ActionTurn<ConclusionData>, app: AppServices): Promise<ActionResult> {
  const decider = await requirePermission(turn.caller, 'inspection.conclude', app);
  const locale = turn.caller.locale;
  const s = INSPECTION[locale];
  const inspection = await inspectionToEdit(app, turn.data.inspectionId, locale);
  if (inspection.status !== 'forwarded') throw new ValidationError('inspectionId', s.notForwarded);
  if (!turn.data.conclusion) throw new ValidationError('conclusion', s.conclusionRequired);
  const now = app.clock();
  const measures = readMeasures(app, inspection, turn.data, locale, localDate(now));
  const onBehalfOfChief = !decider.roles.includes('chief');
  const saved = await updateOpenInspection(app, inspection.id, locale, (current) =>
    current.status !== 'forwarded' ? { refused: s.notForwarded } : { ...current, status: 'closed', conclusion: { text: turn.data.conclusion, measures, by: decider.id, onBehalfOfChief, at: now.toISOString() } },
  );
  const tasks = measures.map((m) => createTask(m.taskId, saved.id, { content: m.content, unitId: m.unitId, deadline: m.deadline }, now));
  for (const task of tasks) await app.repos.tasks.update(task.id, (current) => current ?? task);
  for (const unitId of saved.unitIds) {
    try {
      await tellUnit(app, saved, unitId, tasks, decider);
    } catch (error) {
      app.logger.error({ err: error, inspectionId: saved.id, unitId }, 'inspection conclusion to a unit failed');
    }
  }
  const told = await sendToAll(app, [...new Set([...teamOf(saved), ...saved.organiserIds])], (l) => ({ type: 'text', text: `${INSPECTION[l].dissolved(saved.content)} ${INSPECTION[l].documentNote}` }));
  if (told) app.logger.info({ inspectionId: saved.id, undelivered: told }, 'team not told of the conclusion');
  return { card: reviewCard(saved, locale, app, { onBehalfOfChief, status: s.concluded(tasks.length) }) };
}
