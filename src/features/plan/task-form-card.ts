import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import type { Roster } from '../../domain/committee/committee.ts';
import type { TaskFormInput } from '../../domain/plan/edit-task.ts';
import type { PlanTask } from '../../domain/plan/plan-model.ts';
import { PAR_AREAS, PAR_AREA_TITLES } from '../../domain/par-areas.ts';
import type { Locale } from '../../i18n/locale.ts';
import { PLAN_EDIT } from '../../i18n/plan-edit-strings.ts';
import { deadlineText } from './plan-card.ts';

/** What the task form shows: the plan's year, the task when editing, the values typed and any refusals. */
export interface TaskFormView {
  year: number;
  task?: PlanTask;
  /** Values as typed on a refused save (kept, so nothing has to be typed again). */
  values?: Partial<TaskFormInput> & { reason?: string };
  errors?: string[];
}

/** The values a task's form opens with: its stored fields, as the inputs take them. */
export function taskValues(task: PlanTask, locale: Locale): TaskFormInput {
  return {
    number: task.number,
    content: task.content,
    area: task.area,
    lead: task.leadUnitId,
    cooperating: task.cooperatingUnitIds.join(','),
    deadline: deadlineText(task, locale),
    output: task.output,
  };
}

/** The form to add a task to the plan, or to edit or cancel one (plan.edit): refusals listed above the typed values. */
export function taskFormCard(view: TaskFormView, roster: Roster, locale: Locale): AdaptiveCardJson {
  const s = PLAN_EDIT[locale];
  const stored = view.task ? taskValues(view.task, locale) : undefined;
  const values = { number: '', content: '', area: '', lead: '', cooperating: '', deadline: '', output: '', reason: '', ...stored, ...view.values };
  if (view.task) values.number = view.task.number;
  return renderCard('plan-task-form', {
    title: view.task ? s.editTitle(view.task.number, view.year) : s.addTitle(view.year),
    hint: s.hint,
    errorsIntro: s.errorsIntro,
    errors: view.errors ?? [],
    labels: s.fields,
    numberEditable: !view.task,
    values,
    areas: PAR_AREAS.map((a) => ({ title: PAR_AREA_TITLES[a][locale], value: a })),
    units: roster.committee.units.map((u) => ({ title: u.name, value: u.id })),
    year: String(view.year),
    taskId: view.task?.id ?? '',
    saveLabel: s.save,
    cancelLabel: view.task ? s.cancelTask : '',
  });
}
