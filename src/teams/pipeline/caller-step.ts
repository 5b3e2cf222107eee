import { identifyCaller } from '../identify-caller.ts';
import type { Middleware } from './compose.ts';
import type { BotTurn } from './bot-turn.ts';

/** Who is talking: the roster member behind the activity, or a guest; a member's turn documents are then read ahead. */
export const callerStep: Middleware<BotTurn> = async (turn, next) => {
  turn.caller = await identifyCaller(turn.context, turn.app);
  if (turn.caller.member && turn.prefetch) await turn.prefetch(turn.caller.member.id);
  await next();
};
