import { renderCard } from '../../cards/render-card.ts';
import { allowedActions, type Action } from '../../domain/committee/permissions.ts';
import { COMMON } from '../../i18n/common-strings.ts';
import { permissionContext } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';

/** `trợ giúp` / `help`: a card listing only the commands this caller's role may use. */
export async function helpCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const s = COMMON[turn.caller.locale];
  const ctx = await permissionContext(app);
  // Only what a feature module serves is listed: an action no command or verb uses shows nothing.
  const served = new Set([...app.registry.commands.values(), ...app.registry.verbs.values(), ...app.registry.features.flatMap((f) => f.files ?? [])].flatMap((spec) => spec.allow));
  const actions = allowedActions(turn.caller.member, ctx).filter((a) => served.has(a));
  const seen = new Set<string>();
  const commands = actions
    .map((a: Action) => s.commands[a])
    .filter((c): c is { usage: string; description: string } => c !== undefined)
    .filter((c) => (seen.has(c.usage) ? false : (seen.add(c.usage), true)));
  const name = turn.caller.member?.name ?? turn.caller.name ?? '';
  const card = renderCard('help', {
    title: s.helpTitle,
    intro: s.helpIntro(name),
    commands,
    guest: turn.caller.member ? '' : s.helpGuest,
  });
  return [{ type: 'card', card }];
}
