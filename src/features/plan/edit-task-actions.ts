import { localDate } from '../../domain/calendar/index.ts';
import { addTask, cancelTask, editTask, type TaskEditOutcome, type TaskFormInput } from '../../domain/plan/edit-task.ts';
import type { AnnualPlan } from '../../domain/plan/plan-model.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { PLAN_EDIT } from '../../i18n/plan-edit-strings.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { ActionTurn } from '../turn.ts';
import type { TaskFormData } from './card-payloads.ts';
import { planCard } from './plan-card.ts';
import { getPlan, updatePlan } from './plan-repo.ts';
import { taskFormCard } from './task-form-card.ts';

/** The plan a task card names (its year must be a plan's); refused in the member's language otherwise. */
async function namedPlan(turn: ActionTurn<TaskFormData>, app: AppServices): Promise<{ year: number; plan: AnnualPlan }> {
  const year = Number(turn.data.year);
  const plan = Number.isInteger(year) ? await getPlan(app, year) : undefined;
  if (!plan) throw new ValidationError('year', PLAN_EDIT[turn.caller.locale].noPlan(Number.isInteger(year) ? year : Number(localDate(app.clock()).slice(0, 4))));
  return { year, plan };
}

function formInput(data: TaskFormData): TaskFormInput {
  const { number, content, area, lead, cooperating, deadline, output } = data;
  return { number, content, area, lead, cooperating, deadline, output };
}

/** `plan.taskForm` (Thêm nhiệm vụ / Sửa): the empty form, or the task's form with its stored values. */
export async function taskFormAction(turn: ActionTurn<TaskFormData>, app: AppServices): Promise<ActionResult> {
  await requirePermission(turn.caller, 'plan.edit', app);
  const { year, plan } = await namedPlan(turn, app);
  const locale = turn.caller.locale;
  if (!turn.data.taskId) return { card: taskFormCard({ year }, app.roster, locale) };
  const task = plan.tasks.find((t) => t.id === turn.data.taskId);
  if (!task) throw new ValidationError('taskId', PLAN_EDIT[locale].problem({ kind: 'unknownTask' }));
  if (task.status === 'cancelled') throw new ValidationError('taskId', PLAN_EDIT[locale].problem({ kind: 'taskCancelled' }));
  return { card: taskFormCard({ year, task }, app.roster, locale) };
}

/**
 * Applies a change to the year's plan in one read-modify-write; a refusal stores nothing and returns
 * the form with the typed values and every problem, a success the changed task with a notice.
 */
async function change(turn: ActionTurn<TaskFormData>, app: AppServices, apply: (plan: AnnualPlan, stamp: { at: string; by: string }) => TaskEditOutcome, notice: (number: string, year: number) => string): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'plan.edit', app);
  const { year, plan } = await namedPlan(turn, app);
  const locale = turn.caller.locale;
  let outcome: TaskEditOutcome | undefined;
  await updatePlan(app, year, (current) => {
    outcome = apply(current ?? plan, { at: app.clock().toISOString(), by: member.id });
    return outcome.ok ? outcome.plan : undefined;
  });
  if (!outcome?.ok) {
    const errors = (outcome?.problems ?? [{ kind: 'unknownTask' as const }]).map((p) => PLAN_EDIT[locale].problem(p));
    const task = plan.tasks.find((t) => t.id === turn.data.taskId);
    return { card: taskFormCard({ year, task, values: { ...formInput(turn.data), reason: turn.data.reason }, errors }, app.roster, locale) };
  }
  app.logger.info({ year, taskId: outcome.task.id, by: member.id, verb: turn.verb }, 'plan task changed by card');
  const today = localDate(app.clock());
  return { card: planCard(outcome.plan, [outcome.task], { roster: app.roster, today, locale, scope: '', editable: true, notice: notice(outcome.task.number, year) }) };
}

/** `plan.saveTask` (Lưu): adds the task typed on the form, or saves the edit of the task it names. */
export function saveTaskAction(turn: ActionTurn<TaskFormData>, app: AppServices): Promise<ActionResult> {
  const units = app.roster.committee.units.map((u) => ({ id: u.id, name: u.name }));
  const s = PLAN_EDIT[turn.caller.locale];
  if (!turn.data.taskId) return change(turn, app, (plan, stamp) => addTask(plan, formInput(turn.data), units, stamp), s.added);
  return change(turn, app, (plan, stamp) => editTask(plan, turn.data.taskId, formInput(turn.data), units, stamp), s.edited);
}

/** `plan.cancelTask` (Hủy nhiệm vụ): cancels the task with the reason typed; it stays listed as cancelled. */
export function cancelTaskAction(turn: ActionTurn<TaskFormData>, app: AppServices): Promise<ActionResult> {
  const s = PLAN_EDIT[turn.caller.locale];
  return change(turn, app, (plan, stamp) => cancelTask(plan, turn.data.taskId, turn.data.reason, stamp), s.cancelled);
}
