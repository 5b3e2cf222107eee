import type { MeetingTask } from './meeting-model.ts';

/** A task as the conclusions form describes it. */
export interface TaskDraft {
  content: string;
  unitId: string;
  /** yyyy-mm-dd */
  deadline: string;
}

/** A new open task from a draft. */
export function createTask(id: string, meetingId: string, draft: TaskDraft, now: Date): MeetingTask {
  return { id, meetingId, content: draft.content, unitId: draft.unitId, deadline: draft.deadline, status: 'open', progress: [], createdAt: now.toISOString(), remindedOn: [] };
}

/** Adds a progress note, or completes the task; a completed task stays completed. */
export function recordTaskProgress(task: MeetingTask, by: string, text: string, done: boolean, now: Date): MeetingTask {
  const at = now.toISOString();
  const progress = text ? [...task.progress, { at, by, text }] : task.progress;
  if (task.status === 'done') return { ...task, progress };
  return done ? { ...task, progress, status: 'done', completedAt: at } : { ...task, progress };
}

/** Which tasks a viewer sees: every open task, or only those of the given units. */
export function visibleOpenTasks(tasks: MeetingTask[], unitIds: string[] | 'all'): MeetingTask[] {
  return tasks
    .filter((t) => t.status === 'open' && (unitIds === 'all' || unitIds.includes(t.unitId)))
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id));
}
