import type { Cycle } from '../../domain/cycles/cycle.ts';
import { readAbsentHeads } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { actingMember } from '../cycles/acting-member.ts';

/** Teams shows user-specific views to at most 60 people per card. */
export const MAX_REFRESH_USERS = 60;

/**
 * The members the board is personal for, as Teams user ids, at most 60: the leaders first (they remind and
 * compile), then whoever reports for a unit that has not reported, then the rest. Members the bot never
 * spoke with have no Teams id known here and see the common board.
 */
export async function boardAudience(app: AppServices, cycle: Cycle, submitted: ReadonlySet<string>): Promise<string[]> {
  const absent = await readAbsentHeads(app);
  const leaders = (['standing', 'chief', 'deputyChief', 'secretary'] as const).flatMap((role) => app.roster.withRole(role).map((m) => m.id));
  const units = [...cycle.targetUnits].sort((a, b) => Number(submitted.has(a)) - Number(submitted.has(b)));
  const reporters = units.flatMap((id) => {
    const unit = app.roster.unit(id);
    return unit ? [actingMember(unit, absent, app.roster).memberId] : [];
  });
  const userIds: string[] = [];
  for (const memberId of new Set([...leaders, ...reporters])) {
    if (userIds.length >= MAX_REFRESH_USERS) break;
    const ref = await app.refs.get(memberId);
    if (ref?.userId && !userIds.includes(ref.userId)) userIds.push(ref.userId);
  }
  return userIds;
}
