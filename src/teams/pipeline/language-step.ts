import { chooseLocale } from '../../domain/language/choose-locale.ts';
import type { Middleware } from './compose.ts';
import { callerOf, type BotTurn } from './bot-turn.ts';

/**
 * The language of the turn's answers: the member's own choice (`ngôn ngữ …`), else the Teams
 * client's locale when LOCALE_FROM_CLIENT allows it, else DEFAULT_LOCALE.
 */
export const languageStep: Middleware<BotTurn> = async (turn, next) => {
  const caller = callerOf(turn);
  const choice = caller.member ? await turn.app.memberSettings.locale(caller.member.id) : undefined;
  caller.locale = chooseLocale(choice, caller.clientLocale, turn.app.config.language);
  await next();
};
