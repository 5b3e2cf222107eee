import { identifyCaller } from '../identify-caller.ts';
import type { Middleware } from './compose.ts';
import type { BotTurn } from './bot-turn.ts';

/** Who is talking: the roster member behind the activity, or a guest. */
export const callerStep: Middleware<BotTurn> = async (turn, next) => {
  turn.caller = await identifyCaller(turn.context, turn.app);
  await next();
};
