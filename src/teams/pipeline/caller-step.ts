import type { DocKey } from '../../store/document-store.ts';
import { identifyCaller } from '../identify-caller.ts';
import type { Middleware } from './compose.ts';
import type { BotTurn } from './bot-turn.ts';

/** What a card verb's handler will read (its `reads`), named from the card's data; nothing for other activities. */
function verbReads(turn: BotTurn): DocKey[] {
  const a = turn.context.activity;
  if (a.type !== 'invoke' || a.name !== 'adaptiveCard/action') return [];
  const action = (a.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  const spec = typeof action?.verb === 'string' ? turn.registry.verbs.get(action.verb) : undefined;
  return spec?.reads?.(action?.data) ?? [];
}

/** Who is talking: the roster member behind the activity, or a guest; a member's turn documents are then read ahead. */
export const callerStep: Middleware<BotTurn> = async (turn, next) => {
  turn.caller = await identifyCaller(turn.context, turn.app);
  if (turn.caller.member && turn.prefetch) await turn.prefetch(turn.caller.member.id, verbReads(turn));
  await next();
};
