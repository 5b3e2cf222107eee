import { chooseLocale } from '../../domain/language/choose-locale.ts';
import { isCodedError, ErrorCode } from '../../errors/coded-error.ts';
import { COMMON } from '../../i18n/common-strings.ts';
import { toLocale } from '../../i18n/locale.ts';
import { activityLocale } from '../identify-caller.ts';
import type { Middleware } from './compose.ts';
import { isCardAction, type BotTurn } from './bot-turn.ts';
import { sendInvokeMessage } from './invoke-response.ts';

/** What the user reads for a refusal or bad input; undefined for failures (they get the generic apology). */
function refusalText(error: unknown, locale: 'vi' | 'en'): string | undefined {
  if (!isCodedError(error)) return undefined;
  if (error.code === ErrorCode.NotMember) return COMMON[locale].notMember;
  if (error.code === ErrorCode.Forbidden) return COMMON[locale].forbidden;
  if (error.code === ErrorCode.InvalidInput) return error.message;
  if (error.code === ErrorCode.DocumentInvalid) return COMMON[locale].storedDocumentInvalid;
  return undefined;
}

/**
 * The one error boundary of a turn: a refusal or bad input is answered with its localized text
 * (nothing was changed); anything else is logged with the activity id and the user is told to try
 * again. Never swallowed: every error reaches the log or the user, usually both.
 */
export const errorBoundary: Middleware<BotTurn> = async (turn, next) => {
  try {
    await next();
  } catch (error) {
    const a = turn.context.activity;
    // Before the language step ran: the committee's policy without the member's choice.
    const locale = turn.caller?.locale ?? chooseLocale(undefined, toLocale(activityLocale(turn.context)), turn.app.config.language);
    const message = refusalText(error, locale);
    const verb = (a.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
    // A stored document that does not validate is told to the user in words, and logged as the data problem it is (collection and id in the message).
    if (message === undefined || (isCodedError(error) && error.code === ErrorCode.DocumentInvalid)) turn.app.logger.error({ err: error, activityId: a.id, verb: typeof verb === 'string' ? verb.slice(0, 64) : undefined }, 'turn failed');
    else turn.app.logger.info({ activityId: a.id, refusal: isCodedError(error) ? error.code : 'unknown' }, 'request refused');
    const text = message ?? COMMON[locale].internalError;
    try {
      if (isCardAction(turn)) await sendInvokeMessage(turn.context, text);
      else await turn.context.sendActivity(text);
    } catch (replyError) {
      turn.app.logger.error({ err: replyError, activityId: a.id }, 'could not tell the user about the failure');
    }
  }
};
