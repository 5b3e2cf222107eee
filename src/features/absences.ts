import type { DocumentStore } from '../store/document-store.ts';
import type { PermissionContext } from '../domain/committee/permissions.ts';
import type { Roster } from '../domain/committee/committee.ts';

/** Units whose head is marked absent, with who marked it and when. */
export type AbsentHeads = Record<string, { since: string; by: string }>;

const DOC = { collection: 'directory', id: 'absent-heads' } as const;

/** Reads the absent-head marks (Điều 2.1: the deputy acts when the head is absent). */
export async function readAbsentHeads(store: DocumentStore): Promise<AbsentHeads> {
  return (await store.get<AbsentHeads>(DOC.collection, DOC.id)) ?? {};
}

/** Marks or clears a unit head's absence; returns whether anything changed. */
export async function setHeadAbsent(store: DocumentStore, unitId: string, absent: boolean, by: string, now: Date): Promise<boolean> {
  let changed = false;
  await store.update<AbsentHeads>(DOC.collection, DOC.id, (current) => {
    const marks = { ...(current ?? {}) };
    if (absent === Boolean(marks[unitId])) return undefined;
    if (absent) marks[unitId] = { since: now.toISOString(), by };
    else delete marks[unitId];
    changed = true;
    return marks;
  });
  return changed;
}

/** The permission context for one turn: roster plus current absences. */
export async function permissionContext(store: DocumentStore, roster: Roster): Promise<PermissionContext> {
  // Read on every guarded turn: the two documents are independent, so they are read together.
  const [absent, settings] = await Promise.all([readAbsentHeads(store), store.get<{ approvalDelegated?: boolean }>('directory', 'settings')]);
  return { roster, absentHeads: new Set(Object.keys(absent)), approvalDelegated: settings?.approvalDelegated ?? false };
}
