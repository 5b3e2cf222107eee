import { cardText } from '../card-input.ts';
import type { ConclusionsFormData } from './card-payloads.ts';
import { renderCard } from '../../cards/render-card.ts';
import { committeeMemberIds, createTask, MeetingInputError, parseMeetingDate, type MeetingTask, type TaskDraft } from '../../domain/meetings/index.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MEETING } from '../../i18n/meeting-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { ActionResult } from '../registry.ts';
import type { ActionTurn, CommandTurn } from '../turn.ts';
import { infoCard, taskCard } from './meeting-cards.ts';
import { localeOf } from '../member-locale.ts';
import { listMeetings, newToken, unitRecipient } from './meeting-repo.ts';
import { meetingSubject } from './meeting-view.ts';
import { formatDate } from '../../domain/calendar/index.ts';
import { publish } from '../app-events.ts';

/** How many task rows the conclusions form offers. */
export const TASK_ROWS = 5;

/** `kết luận` / `conclusions`: the form, defaulting to the latest meeting without conclusions. */
export async function concludeCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  await requirePermission(turn.caller, 'meeting.conclude', app);
  const locale = turn.caller.locale;
  const s = MEETING[locale];
  const meetings = (await listMeetings(app)).filter((m) => m.status === 'scheduled' && !m.conclusions).sort((a, b) => `${b.date}${b.start}`.localeCompare(`${a.date}${a.start}`)).slice(0, 10);
  if (meetings.length === 0) return [{ type: 'text', text: s.noMeetingToConclude }];
  const card = renderCard('conclusion-form', {
    title: s.concludeTitle,
    labels: { meeting: s.concludeMeeting, text: s.concludeText, content: s.concludeTaskContent, unit: s.concludeTaskUnit, deadline: s.concludeTaskDeadline, submit: s.concludeSubmit, required: s.form.required },
    meetings: meetings.map((m) => ({ id: m.id, title: meetingSubject(m, locale) })),
    defaultMeeting: meetings[0]!.id,
    units: app.roster.committee.units.map((u) => ({ id: u.id, name: u.name })),
    taskRows: Array.from({ length: TASK_ROWS }, (_, i) => ({ n: i + 1, heading: s.concludeTask(i + 1) })),
    formToken: newToken(),
  });
  return [{ type: 'card', card }];
}

/** Task rows of the form; a row is skipped when empty and refused when only partly filled. */
export function readTaskRows(data: Record<string, unknown>, locale: Locale, isUnit: (id: string) => boolean): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  for (let n = 1; n <= TASK_ROWS; n++) {
    const content = cardText(data, `task${n}Content`);
    const unitId = cardText(data, `task${n}Unit`);
    const deadline = cardText(data, `task${n}Deadline`);
    if (!content && !unitId && !deadline) continue;
    if (!content || !isUnit(unitId) || !deadline) throw new ValidationError(`task${n}`, MEETING[locale].taskIncomplete(n));
    try {
      drafts.push({ content, unitId, deadline: parseMeetingDate(deadline) });
    } catch (error) {
      if (error instanceof MeetingInputError) throw new ValidationError(`task${n}`, MEETING[locale].taskIncomplete(n));
      throw error;
    }
  }
  return drafts;
}

/** `meeting.conclusions`: stores conclusions and tasks once, sends conclusions to every member and each task to its unit. */
export async function conclusionsAction(turn: ActionTurn<ConclusionsFormData>, app: AppServices): Promise<ActionResult> {
  const secretary = await requirePermission(turn.caller, 'meeting.conclude', app);
  const locale = turn.caller.locale;
  const s = MEETING[locale];
  const { meetingId, conclusions: text } = turn.data;
  if (!text) throw new ValidationError('conclusions', s.conclusionsRequired);
  const drafts = readTaskRows(turn.data, locale, (id) => app.roster.unit(id) !== undefined);
  const meeting = meetingId ? await app.repos.meetings.get(meetingId) : undefined;
  if (!meeting) throw new ValidationError('meetingId', s.noMeetingToConclude);
  const now = app.clock();
  const tasks: MeetingTask[] = drafts.map((d, i) => createTask(`${meeting.id}-t${i + 1}`, meeting.id, d, now));
  let claimed = false;
  const saved = await app.repos.meetings.update(meeting.id, (current) => {
    if (!current || current.conclusions) return undefined;
    claimed = true;
    return { ...current, conclusions: { text, by: secretary.id, at: now.toISOString(), taskIds: tasks.map((t) => t.id) } };
  });
  if (!claimed || !saved) return { message: s.alreadyConcluded };
  for (const task of tasks) await app.repos.tasks.update(task.id, (current) => current ?? task);
  publish(app, { type: 'meeting.concluded', meetingId: meeting.id });
  const members = committeeMemberIds(app.roster);
  for (const memberId of members) {
    try {
      const l = await localeOf(app, memberId);
      const lines = tasks.map((t) => MEETING[l].taskLine(t.content, app.roster.unit(t.unitId)?.name ?? t.unitId, formatDate(t.deadline)));
      const outcome = await app.messenger.send(memberId, { type: 'card', card: infoCard(MEETING[l].conclusionsTitle(meetingSubject(saved, l)), text, [], [{ heading: MEETING[l].tasksHeading, items: lines }]) });
      if (!outcome.ok) app.logger.info({ memberId, reason: outcome.reason }, 'conclusions not delivered');
    } catch (error) {
      app.logger.error({ err: error, memberId, meetingId }, 'conclusions send failed');
    }
  }
  for (const task of tasks) {
    const owner = await unitRecipient(app, task.unitId);
    if (!owner) continue;
    try {
      const outcome = await app.messenger.send(owner, { type: 'card', card: taskCard(task, app, await localeOf(app, owner)) });
      if (!outcome.ok) app.logger.info({ owner, taskId: task.id, reason: outcome.reason }, 'task card not delivered');
    } catch (error) {
      app.logger.error({ err: error, owner, taskId: task.id }, 'task card send failed');
    }
  }
  return { message: s.concluded(members.length, tasks.length) };
}
