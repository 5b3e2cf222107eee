import { rememberConversation } from '../remember-conversation.ts';
import type { Middleware } from './compose.ts';
import { callerOf, type BotTurn } from './bot-turn.ts';

/**
 * Stores the member's 1:1 conversation reference. Forms that waited for this member go out on
 * install, or on their first typed message when the install event was missed (not on a card
 * click: the member is already answering a card).
 */
export const conversationStep: Middleware<BotTurn> = async (turn, next) => {
  const caller = callerOf(turn);
  turn.firstContact = caller.member ? await rememberConversation(turn.context, caller, turn.app) : false;
  if (turn.firstContact && turn.context.activity.type === 'message') await turn.registry.onMemberReachable(caller.member!.id, turn.app);
  await next();
};
