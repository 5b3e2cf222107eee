import type { PermissionContext } from '../domain/committee/permissions.ts';
import type { Roster } from '../domain/committee/committee.ts';
import { localDate } from '../domain/calendar/index.ts';
import { delegationInForce } from '../domain/delegation/delegation.ts';
import type { Repositories } from './repositories.ts';
import type { Clock } from './clock.ts';

/** Units whose head is marked absent, with who marked it and when. */
export type AbsentHeads = Record<string, { since: string; by: string }>;

/** Reads the absent-head marks (Điều 2.1: the deputy acts when the head is absent). */
export async function readAbsentHeads(app: { repos: Repositories }): Promise<AbsentHeads> {
  return (await app.repos.absentHeads.get()) ?? {};
}

/** Marks or clears a unit head's absence; returns whether anything changed. */
export async function setHeadAbsent(app: { repos: Repositories }, unitId: string, absent: boolean, by: string, now: Date): Promise<boolean> {
  let changed = false;
  await app.repos.absentHeads.update((current) => {
    const marks = { ...(current ?? {}) };
    if (absent === Boolean(marks[unitId])) return undefined;
    if (absent) marks[unitId] = { since: now.toISOString(), by };
    else delete marks[unitId];
    changed = true;
    return marks;
  });
  return changed;
}

/** The permission context at the app clock's day: roster, current absences, and whether the chief's delegation is in force that day (Điều 5.1). */
export async function permissionContext(app: { repos: Repositories; roster: Roster; clock: Clock }): Promise<PermissionContext> {
  // Read on every guarded turn: the two documents are independent, so they are read together.
  const [absent, delegations] = await Promise.all([readAbsentHeads(app), app.repos.delegations.get()]);
  return { roster: app.roster, absentHeads: new Set(Object.keys(absent)), approvalDelegated: delegationInForce(delegations, localDate(app.clock())) !== undefined };
}
