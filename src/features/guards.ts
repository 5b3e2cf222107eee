import type { Member } from '../domain/committee/committee.ts';
import { can, mayAttempt, type Action } from '../domain/committee/permissions.ts';
import { ForbiddenError, NotMemberError } from '../errors/app-errors.ts';
import { permissionContext } from './absences.ts';
import type { AppServices } from './app-services.ts';
import type { Caller } from './turn.ts';

/** The caller's member record; throws NotMemberError for people outside the roster. */
export function requireMember(caller: Caller): Member {
  if (!caller.member) throw new NotMemberError();
  return caller.member;
}

/** Checks the role table for an action (and unit, when unit-scoped); throws a refusal otherwise. */
export async function requirePermission(caller: Caller, action: Action, app: AppServices, unitId?: string): Promise<Member> {
  const member = requireMember(caller);
  const ctx = await permissionContext(app);
  if (!can(member, action, ctx, unitId)) throw new ForbiddenError(action);
  return member;
}

/**
 * The router's permission step: the caller may take at least one of `actions` (for some unit, when
 * unit-scoped). `help` is open to guests; anything else needs a roster member.
 */
export async function requireAnyAction(caller: Caller, actions: readonly Action[], app: AppServices): Promise<void> {
  if (actions.includes('help')) return;
  const member = requireMember(caller);
  const ctx = await permissionContext(app);
  if (!actions.some((action) => mayAttempt(member, action, ctx))) throw new ForbiddenError(actions.join('|'));
}
