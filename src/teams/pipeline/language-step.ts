import { toLocale } from '../../i18n/locale.ts';
import { activityLocale } from '../identify-caller.ts';
import type { Middleware } from './compose.ts';
import { callerOf, type BotTurn } from './bot-turn.ts';

/** The language of the turn's answers. */
export const languageStep: Middleware<BotTurn> = async (turn, next) => {
  callerOf(turn).locale = toLocale(activityLocale(turn.context));
  await next();
};
