import { ActivityTypes, type Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { matchCommand } from '../domain/commands/match-command.ts';
import { cleanUserText } from '../domain/commands/normalize-text.ts';
import { ForbiddenError, NotMemberError, ValidationError } from '../errors/app-errors.ts';
import type { AppServices } from '../features/app-services.ts';
import type { ActionResult, FeatureRegistry } from '../features/registry.ts';
import type { Caller } from '../features/turn.ts';
import { COMMON } from '../i18n/common-strings.ts';
import { toLocale } from '../i18n/locale.ts';
import { activityLocale, identifyCaller } from './identify-caller.ts';
import { RecentIds } from './recent-ids.ts';
import { rememberConversation } from './remember-conversation.ts';
import { toActivity } from './to-activity.ts';

const ADAPTIVE_CARD_ACTION = 'adaptiveCard/action';
const CARD_RESPONSE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE_RESPONSE = 'application/vnd.microsoft.activity.message';

/** Removes "<at>Bot</at>" mentions and markup Teams puts around the typed text. */
function commandText(activity: Activity): string {
  return cleanUserText((activity.text ?? '').replace(/<at>[^<]*<\/at>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ')).trim();
}

function refusal(error: unknown, caller: Caller): string | undefined {
  const s = COMMON[caller.locale];
  if (error instanceof NotMemberError) return s.notMember;
  if (error instanceof ForbiddenError) return s.forbidden;
  if (error instanceof ValidationError) return error.message;
  return undefined;
}

async function sendInvokeResponse(context: TurnContext, result: ActionResult): Promise<void> {
  const body = 'card' in result ? { statusCode: 200, type: CARD_RESPONSE, value: result.card } : { statusCode: 200, type: MESSAGE_RESPONSE, value: result.message };
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } } as Activity);
}

/** Routes every incoming activity: who is talking, remember their chat, then the command or card verb. */
export function createActivityRouter(app: AppServices, features: FeatureRegistry) {
  // Teams retries deliveries it thinks failed; the same message must not be answered twice.
  const seen = new RecentIds(5000);

  async function onMessage(context: TurnContext, caller: Caller): Promise<void> {
    const text = commandText(context.activity);
    const matched = matchCommand(text);
    if (matched && !caller.member && matched.name !== 'help') {
      await context.sendActivity(COMMON[caller.locale].notMember);
      return;
    }
    const handler = matched ? features.commands[matched.name] : undefined;
    if (!matched || !handler) {
      await context.sendActivity(COMMON[caller.locale].unknownCommand(text.slice(0, 60)));
      return;
    }
    const replies = await handler({ caller, args: matched.args }, app);
    for (const reply of replies) await context.sendActivity(toActivity(reply));
  }

  async function onCardAction(context: TurnContext, caller: Caller): Promise<void> {
    const value = context.activity.value as { action?: { type?: string; verb?: unknown; data?: unknown } } | undefined;
    const verb = typeof value?.action?.verb === 'string' ? value.action.verb : '';
    const handler = features.actions[verb];
    const data = value?.action?.data;
    if (!handler || typeof data !== 'object' || data === null || Array.isArray(data)) {
      await sendInvokeResponse(context, { message: COMMON[caller.locale].invalidAction });
      return;
    }
    if (!caller.member) {
      await sendInvokeResponse(context, { message: COMMON[caller.locale].notMember });
      return;
    }
    const result = await handler({ caller, verb, data: data as Record<string, unknown> }, app);
    await sendInvokeResponse(context, result);
    for (const reply of result.replies ?? []) await context.sendActivity(toActivity(reply));
  }

  async function onInstalled(context: TurnContext, caller: Caller): Promise<void> {
    const activity = context.activity;
    // Teams (and the Playground) send both installationUpdate and conversationUpdate on install; greet once.
    if (activity.type !== ActivityTypes.InstallationUpdate || activity.action !== 'add') return;
    if (activity.conversation?.conversationType === 'channel') return;
    const s = COMMON[caller.locale];
    await context.sendActivity(caller.member ? s.welcome(caller.member.name) : s.helpGuest);
    if (caller.member) await features.onMemberReachable?.(caller.member.id, app);
  }

  return async function route(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const isInvoke = activity.type === ActivityTypes.Invoke;
    if (!isInvoke && activity.id && seen.checkAndAdd(`${activity.conversation?.id}|${activity.id}`)) {
      app.logger.info({ activityId: activity.id }, 'duplicate delivery ignored');
      return;
    }
    const verb = isInvoke ? (activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb : undefined;
    // One line per turn with the activity id, so every later line of the turn can be tied to it; never the user's text.
    app.logger.info({ activityId: activity.id, type: activity.type, name: activity.name, verb: typeof verb === 'string' ? verb.slice(0, 64) : undefined }, 'activity received');
    let caller: Caller;
    try {
      caller = await identifyCaller(context, app);
    } catch (error) {
      // The store could not be read: the user still gets an answer, in their language.
      app.logger.error({ err: error, activityId: activity.id }, 'could not identify the caller');
      const text = COMMON[toLocale(activityLocale(context))].internalError;
      if (isInvoke) await sendInvokeResponse(context, { message: text });
      else await context.sendActivity(text);
      return;
    }
    try {
      const firstContact = caller.member ? await rememberConversation(context, caller, app) : false;
      // Forms that waited for this member go out on install, or on their first typed message when the install
      // event was missed (not on a card click: the member is already answering a card).
      if (firstContact && activity.type === ActivityTypes.Message) await features.onMemberReachable?.(caller.member!.id, app);
      if (activity.type === ActivityTypes.Message) await onMessage(context, caller);
      else if (isInvoke && activity.name === ADAPTIVE_CARD_ACTION) await onCardAction(context, caller);
      else if (activity.type === ActivityTypes.ConversationUpdate || activity.type === ActivityTypes.InstallationUpdate) await onInstalled(context, caller);
    } catch (error) {
      const message = refusal(error, caller);
      if (message === undefined) app.logger.error({ err: error, activityId: activity.id, verb: (activity.value as { action?: { verb?: string } })?.action?.verb }, 'turn failed');
      else app.logger.info({ activityId: activity.id, refusal: (error as Error).name }, 'request refused');
      const text = message ?? COMMON[caller.locale].internalError;
      try {
        if (isInvoke) await sendInvokeResponse(context, { message: text });
        else await context.sendActivity(text);
      } catch (replyError) {
        app.logger.error({ err: replyError, activityId: activity.id }, 'could not tell the user about the failure');
      }
    }
  };
}
