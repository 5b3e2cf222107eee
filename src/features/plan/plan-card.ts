import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import type { Roster } from '../../domain/committee/committee.ts';
import { formatDate, formatInstant } from '../../domain/calendar/index.ts';
import { PAR_AREA_TITLES } from '../../domain/par-areas.ts';
import type { AnnualPlan, PlanTask } from '../../domain/plan/plan-model.ts';
import { countTasks, isOverdue } from '../../domain/plan/plan-progress.ts';
import { dueDate } from '../../domain/plan/task-deadline.ts';
import type { Locale } from '../../i18n/locale.ts';
import { PLAN } from '../../i18n/plan-strings.ts';
import { PLAN_EDIT } from '../../i18n/plan-edit-strings.ts';

/** Tasks on one card: a plan of a hundred tasks is filtered rather than sent as one 80 KB card. */
export const TASKS_PER_CARD = 40;

/** "Quý II" or "30/06/2026": a deadline as the plan wrote it. */
export function deadlineText(task: PlanTask, locale: Locale): string {
  return task.deadline.kind === 'quarter' ? PLAN[locale].quarter(task.deadline.quarter) : formatDate(task.deadline.date);
}

/** Status as a reader wants it: the status, overdue or done late. */
export function statusText(task: PlanTask, year: number, today: string, locale: Locale): { text: string; color: string } {
  const s = PLAN[locale];
  if (isOverdue(task, year, today)) return { text: `${s.statuses[task.status]} — ${s.overdue} (${formatDate(dueDate(task.deadline, year))})`, color: 'Attention' };
  if (task.status === 'done') return { text: task.late ? `${s.statuses.done} (${s.late})` : s.statuses.done, color: task.late ? 'Warning' : 'Good' };
  return { text: s.statuses[task.status], color: task.status === 'in-progress' ? 'Accent' : 'Default' };
}

/** The last card change of a task (added, edited, cancelled with its reason), as a line under it; '' for an untouched imported task. */
export function changeStamp(task: PlanTask, roster: Roster, locale: Locale): string {
  const last = task.changes?.at(-1);
  if (!last) return '';
  const s = PLAN_EDIT[locale];
  const who = roster.member(last.by)?.name ?? last.by;
  const at = formatInstant(last.at);
  if (last.kind === 'cancelled') return s.cancelledBy(who, at, last.reason ?? '');
  return last.kind === 'edited' ? s.editedBy(who, at) : s.addedBy(who, at);
}

/** How the plan card is shown: to whom (roster, locale), when, and whether the reader may change tasks by card. */
export interface PlanCardView {
  roster: Roster;
  today: string;
  locale: Locale;
  scope: string;
  /** The reader may add, edit and cancel tasks (plan.edit): the card gets the buttons. */
  editable?: boolean;
  /** A line at the top: what was just done ("Đã thêm nhiệm vụ 13 …"). */
  notice?: string;
}

/** `kế hoạch` card: the plan's tasks (filtered), each with area, lead and cooperating units, deadline, output and status. */
export function planCard(plan: AnnualPlan, tasks: readonly PlanTask[], view: PlanCardView): AdaptiveCardJson {
  const { roster, today, locale } = view;
  const e = PLAN_EDIT[locale];
  const s = PLAN[locale];
  const unitName = (id: string) => roster.unit(id)?.name ?? id;
  const c = countTasks(tasks, plan.year, today);
  const shown = tasks.slice(0, TASKS_PER_CARD);
  return renderCard('plan-tasks', {
    title: s.title(plan.year),
    year: String(plan.year),
    notice: view.notice ?? '',
    add: view.editable ? e.addButton : '',
    illustrative: plan.illustrative ? s.illustrative : '',
    scope: view.scope,
    summary: s.summary({ total: tasks.length, done: c.done, inProgress: c['in-progress'], notStarted: c['not-started'], overdue: c.overdue }),
    tasks: shown.map((t) => {
      const status = statusText(t, plan.year, today, locale);
      const facts = [
        { label: s.columns.area, value: PAR_AREA_TITLES[t.area][locale] },
        { label: s.lead, value: unitName(t.leadUnitId) },
        ...(t.cooperatingUnitIds.length ? [{ label: s.cooperating, value: t.cooperatingUnitIds.map(unitName).join(', ') }] : []),
        { label: s.deadline, value: deadlineText(t, locale) },
        { label: s.output, value: t.output },
        ...(t.result ? [{ label: s.result, value: t.result }] : []),
      ];
      const edit = view.editable && t.status !== 'cancelled' ? e.editButton : '';
      return { id: t.id, heading: `${t.number}. ${t.content}`, facts, status: status.text, color: status.color, stamp: changeStamp(t, roster, locale), edit };
    }),
    empty: tasks.length === 0 ? s.noTasks : '',
    more: tasks.length > shown.length ? s.shownOf(shown.length, tasks.length) : '',
  });
}
