import { can, unitsActingFor } from '../../domain/committee/permissions.ts';
import { recordTaskProgress, visibleOpenTasks } from '../../domain/meetings/index.ts';
import { ForbiddenError, ValidationError } from '../../errors/app-errors.ts';
import { MEETING } from '../../i18n/meeting-strings.ts';
import { permissionContext } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember, requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { ActionResult } from '../registry.ts';
import type { ActionTurn, CommandTurn } from '../turn.ts';
import type { TaskUpdateData } from './card-payloads.ts';
import { infoCard, taskCard } from './meeting-cards.ts';
import { localeOf } from '../member-locale.ts';
import { listTasks } from './meeting-repo.ts';
import { formatDate } from '../../domain/calendar/index.ts';

/** `nhiệm vụ` / `tasks`: every open task for the leadership and secretary; a unit's own with update cards. */
export async function tasksCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = requireMember(turn.caller);
  const s = MEETING[turn.caller.locale];
  const ctx = await permissionContext(app);
  const all = can(member, 'tasks.viewAll', ctx);
  // Decided on the context already read: a second read of the absences would be the same answer.
  if (!all && !can(member, 'tasks.viewOwn', ctx)) throw new ForbiddenError('tasks.viewOwn');
  const units = all ? 'all' : [...new Set([...unitsActingFor(member, ctx), ...app.roster.unitsDeputisedBy(member.id).map((u) => u.id)])];
  const tasks = visibleOpenTasks(await listTasks(app), units);
  if (tasks.length === 0) return [{ type: 'text', text: s.tasksEmpty }];
  const lines = tasks.map((t) => s.taskLine(t.content, app.roster.unit(t.unitId)?.name ?? t.unitId, formatDate(t.deadline)));
  const replies: Reply[] = [{ type: 'card', card: infoCard(s.tasksTitle, '', [], [{ heading: `${s.tasksTitle} (${tasks.length})`, items: lines }]) }];
  if (!all) for (const task of tasks.slice(0, 10)) replies.push({ type: 'card', card: taskCard(task, app, turn.caller.locale) });
  return replies;
}

/** `task.update`: the owner unit records progress or completion; the secretary hears of completion. */
export async function taskUpdateAction(turn: ActionTurn<TaskUpdateData>, app: AppServices): Promise<ActionResult> {
  const s = MEETING[turn.caller.locale];
  const { taskId, progress: text, done } = turn.data;
  const task = taskId ? await app.repos.tasks.get(taskId) : undefined;
  if (!task) throw new ValidationError('taskId', s.taskNotFound);
  const member = await requirePermission(turn.caller, 'task.update', app, task.unitId);
  const now = app.clock();
  const saved = await app.repos.tasks.update(taskId, (current) => (current ? recordTaskProgress(current, member.id, text, done, now) : undefined));
  if (!saved) throw new ValidationError('taskId', s.taskNotFound);
  if (done && task.status === 'open') {
    for (const secretary of app.roster.withRole('secretary')) {
      const l = await localeOf(app, secretary.id);
      const outcome = await app.messenger.send(secretary.id, { type: 'card', card: taskCard(saved, app, l) });
      if (!outcome.ok) app.logger.info({ memberId: secretary.id, taskId, reason: outcome.reason }, 'task completion not delivered');
    }
  }
  return { card: taskCard(saved, app, turn.caller.locale, done ? s.taskCompleted : s.taskUpdated) };
}
