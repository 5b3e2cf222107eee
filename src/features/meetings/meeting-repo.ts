import type { Meeting, MeetingTask } from '../../domain/meetings/index.ts';
import { readAbsentHeads } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { actingMember } from '../cycles/acting-member.ts';

/** Every stored meeting (one small document each). */
export async function listMeetings(app: AppServices): Promise<Meeting[]> {
  return app.repos.meetings.all();
}

/** Every stored task. */
export async function listTasks(app: AppServices): Promise<MeetingTask[]> {
  return app.repos.tasks.all();
}

/** A member's display name, or the id when the roster no longer has them. */
export function nameOf(app: Pick<AppServices, 'roster'>, memberId: string): string {
  return app.roster.member(memberId)?.name ?? memberId;
}

/** The member who receives a unit's tasks: the head, or the deputy while the head is marked absent. */
export async function unitRecipient(app: AppServices, unitId: string): Promise<string | undefined> {
  const unit = app.roster.unit(unitId);
  if (!unit) return undefined;
  return actingMember(unit, await readAbsentHeads(app), app.roster).memberId;
}

/** Short random id for store documents and form tokens (store ids allow [A-Za-z0-9_.-]). */
export function newToken(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}
