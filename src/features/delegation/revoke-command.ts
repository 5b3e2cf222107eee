import { formatDate, localDate } from '../../domain/calendar/index.ts';
import { delegationToRevoke, type Delegation } from '../../domain/delegation/delegation.ts';
import { DELEGATION } from '../../i18n/delegation-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { deputyChiefNames, tellDeputyChiefs } from './delegate-command.ts';
import { updateDelegations } from './delegation-repo.ts';

/**
 * `thu hồi ủy quyền`: ends the delegation in force (or the next one to come) at once. The record
 * stays, marked revoked, so decisions taken under it remain explained.
 */
export async function revokeDelegationCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const chief = requireMember(turn.caller);
  const s = DELEGATION[turn.caller.locale];
  const now = app.clock();
  let revoked: Delegation | undefined;
  await updateDelegations(app, (book) => {
    const target = delegationToRevoke(book, localDate(now));
    if (!target) return undefined;
    revoked = { ...target, revokedAt: now.toISOString(), revokedBy: chief.id };
    return { items: book.items.map((d) => (d.id === target.id ? revoked! : d)) };
  });
  if (!revoked) return [{ type: 'text', text: s.nothingToRevoke }];
  const [from, to] = [formatDate(revoked.from), formatDate(revoked.to)];
  await tellDeputyChiefs(app, (locale) => DELEGATION[locale].revokedToDeputy(chief.name, from, to));
  return [{ type: 'text', text: s.revoked(deputyChiefNames(app), from, to) }];
}
