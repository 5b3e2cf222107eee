import type { Action } from '../../domain/committee/permissions.ts';
import { requireAnyAction } from '../../features/guards.ts';
import type { Caller } from '../../features/turn.ts';
import type { AppServices } from '../../features/app-services.ts';

/**
 * The permission step of a command or card verb: refuses (NotMember / Forbidden) unless the role
 * table lets the caller take one of the route's actions. Unit-scoped checks — which unit a card
 * names — are the handler's, since only it knows the unit.
 */
export async function authorize(caller: Caller, allow: readonly Action[], app: AppServices): Promise<void> {
  await requireAnyAction(caller, allow, app);
}
