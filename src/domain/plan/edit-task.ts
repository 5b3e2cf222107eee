import type { PlanColumn } from './plan-columns.ts';
import type { AnnualPlan, PlanTask, TaskChange } from './plan-model.ts';
import { readTaskCells, taskIdOf, type PlanProblem, type TaskFields, type UnitRef } from './parse-plan-rows.ts';

/** What the task form sends, as typed (unit and area as the choice values, deadline as text). */
export type TaskFormInput = Record<Exclude<PlanColumn, 'status'>, string>;

/** Why a card change to the plan is refused: a field problem (worded as for imports) or the task's state. */
export type TaskEditProblem = PlanProblem | { kind: 'unknownTask' } | { kind: 'taskCancelled' } | { kind: 'reasonRequired' } | { kind: 'unchanged' };

export type TaskEditOutcome = { ok: true; plan: AnnualPlan; task: PlanTask } | { ok: false; problems: TaskEditProblem[] };

const EDITABLE: ReadonlyArray<keyof TaskFields> = ['content', 'area', 'leadUnitId', 'cooperatingUnitIds', 'deadline', 'output'];

/** The form's fields checked as a plan row is (committee unit, date or quarter of the plan's year, required texts). */
export function readTaskForm(input: TaskFormInput, year: number, units: readonly UnitRef[]): { problems: PlanProblem[]; fields?: TaskFields } {
  const cell = (c: PlanColumn) => (c === 'status' ? '' : input[c].normalize('NFC').trim());
  const { problems, fields } = readTaskCells(cell, year, units);
  return problems.length ? { problems } : { problems, fields: fields as TaskFields };
}

/** The next free top-level number ("13" after 12 tasks numbered 1–12, or after "12.3"). */
export function nextTaskNumber(plan: AnnualPlan): string {
  const tops = plan.tasks.map((t) => Number.parseInt(t.number, 10)).filter(Number.isFinite);
  return String(Math.max(0, ...tops) + 1);
}

function replaceTask(plan: AnnualPlan, task: PlanTask): AnnualPlan {
  return { ...plan, tasks: plan.tasks.map((t) => (t.id === task.id ? task : t)) };
}

/** Adds a task typed on the card; its number (given, or the next free one) must not be taken. */
export function addTask(plan: AnnualPlan, input: TaskFormInput, units: readonly UnitRef[], stamp: { at: string; by: string }): TaskEditOutcome {
  const withNumber = { ...input, number: input.number.trim() || nextTaskNumber(plan) };
  const { problems, fields } = readTaskForm(withNumber, plan.year, units);
  const id = taskIdOf(withNumber.number);
  const all: TaskEditProblem[] = [...problems];
  if (plan.tasks.some((t) => t.id === id)) all.push({ kind: 'duplicateNumber', value: withNumber.number });
  if (all.length || !fields) return { ok: false, problems: all };
  const task: PlanTask = { id, ...fields, status: 'not-started', result: '', history: [], changes: [{ ...stamp, kind: 'added' }] };
  return { ok: true, plan: { ...plan, tasks: [...plan.tasks, task] }, task };
}

/**
 * Edits a task's content, area, units, deadline or output (its number, and so its id, stays); the change
 * records who, when and which fields. A cancelled task is not edited; an edit that changes nothing is refused.
 */
export function editTask(plan: AnnualPlan, taskId: string, input: TaskFormInput, units: readonly UnitRef[], stamp: { at: string; by: string }): TaskEditOutcome {
  const task = plan.tasks.find((t) => t.id === taskId);
  if (!task) return { ok: false, problems: [{ kind: 'unknownTask' }] };
  if (task.status === 'cancelled') return { ok: false, problems: [{ kind: 'taskCancelled' }] };
  const { problems, fields } = readTaskForm({ ...input, number: task.number }, plan.year, units);
  if (problems.length || !fields) return { ok: false, problems };
  const changed = EDITABLE.filter((f) => JSON.stringify(task[f]) !== JSON.stringify(fields[f]));
  if (changed.length === 0) return { ok: false, problems: [{ kind: 'unchanged' }] };
  const change: TaskChange = { ...stamp, kind: 'edited', fields: changed };
  const next: PlanTask = { ...task, ...fields, number: task.number, changes: [...(task.changes ?? []), change] };
  return { ok: true, plan: replaceTask(plan, next), task: next };
}

/** Cancels a task with a reason: it stays in the plan, marked cancelled with who, when and why, and is never due again. */
export function cancelTask(plan: AnnualPlan, taskId: string, reason: string, stamp: { at: string; by: string }): TaskEditOutcome {
  const task = plan.tasks.find((t) => t.id === taskId);
  if (!task) return { ok: false, problems: [{ kind: 'unknownTask' }] };
  if (task.status === 'cancelled') return { ok: false, problems: [{ kind: 'taskCancelled' }] };
  const why = reason.normalize('NFC').trim();
  if (!why) return { ok: false, problems: [{ kind: 'reasonRequired' }] };
  const next: PlanTask = {
    ...task,
    status: 'cancelled',
    cancellation: { ...stamp, reason: why },
    changes: [...(task.changes ?? []), { ...stamp, kind: 'cancelled', reason: why }],
    history: [...task.history, { ...stamp, status: 'cancelled', result: why }],
  };
  return { ok: true, plan: replaceTask(plan, next), task: next };
}
