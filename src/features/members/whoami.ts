import { renderCard } from '../../cards/render-card.ts';
import { COMMON } from '../../i18n/common-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';

/** `tôi là ai` / `whoami`: the caller's member record, roles and units. */
export async function whoamiCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = requireMember(turn.caller);
  const s = COMMON[turn.caller.locale];
  const headed = app.roster.unitsHeadedBy(member.id).map((u) => u.name);
  const deputised = app.roster.unitsDeputisedBy(member.id).map((u) => u.name);
  const roles = [...member.roles.map((r) => s.roles[r]), ...(headed.length ? [s.roles.unitHead] : []), ...(deputised.length ? [s.roles.unitDeputy] : [])];
  const facts = [
    { label: s.whoamiFields.name, value: member.name },
    { label: s.whoamiFields.title, value: member.title },
    { label: s.whoamiFields.email, value: member.email },
    { label: s.whoamiFields.roles, value: roles.join('; ') || s.none },
    { label: s.whoamiFields.units, value: headed.join('; ') || s.none },
    { label: s.whoamiFields.deputyOf, value: deputised.join('; ') || s.none },
  ];
  return [{ type: 'card', card: renderCard('whoami', { title: s.whoamiTitle, facts }) }];
}
