import { ActivityTypes, type Activity } from '@microsoft/agents-activity';
import { AgentApplication, INVOKE_RESPONSE_KEY, type AdaptiveCard, type CloudAdapter, type TurnContext, type TurnState } from '@microsoft/agents-hosting';
import { cleanUserText } from '../../domain/commands/normalize-text.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { COMMON } from '../../i18n/common-strings.ts';
import { toActivity } from '../to-activity.ts';
import { turnConversation } from '../turn-conversation.ts';
import { downloadFile, FileDownloadError, MAX_FILE_BYTES, sentFile } from '../download-file.ts';
import type { Middleware } from './compose.ts';
import { callerOf, isCardAction, type BotTurn } from './bot-turn.ts';
import { sendInvokeCard, sendInvokeMessage } from './invoke-response.ts';
import { authorize } from './permission.ts';

const TURN_KEY = Symbol('cchc.botTurn');

function botTurn(context: TurnContext): BotTurn {
  const turn = context.turnState.get(TURN_KEY) as BotTurn | undefined;
  if (!turn) throw new Error('dispatch ran outside the turn pipeline');
  return turn;
}

/** The typed text without the markup Teams leaves around it (the SDK already removed the bot's @mention). */
function commandText(activity: Activity): string {
  return cleanUserText((activity.text ?? '').replace(/<at>[^<]*<\/at>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ')).trim();
}

/** A sent file goes to the feature that takes its extension, after the permission step; nothing else reads it. */
async function onFile(context: TurnContext, file: NonNullable<ReturnType<typeof sentFile>>): Promise<void> {
  const turn = botTurn(context);
  const caller = callerOf(turn);
  const spec = turn.registry.fileSpecFor(file.name);
  if (!spec) {
    await context.sendActivity(COMMON[caller.locale].fileNotAccepted(file.name.slice(0, 80)));
    return;
  }
  await authorize(caller, spec.allow, turn.app);
  let content: Buffer;
  try {
    content = await downloadFile(file);
  } catch (error) {
    if (!(error instanceof FileDownloadError) || !error.tooLarge) turn.app.logger.warn({ err: error, activityId: context.activity.id }, 'sent file not downloaded');
    const s = COMMON[caller.locale];
    await context.sendActivity(error instanceof FileDownloadError && error.tooLarge ? s.fileTooLarge(MAX_FILE_BYTES / 1024 / 1024) : s.fileNotDownloaded);
    return;
  }
  const replies = await spec.handler({ caller, file: { name: file.name, content } }, turn.app);
  for (const reply of replies) await context.sendActivity(toActivity(reply));
}

async function onMessage(context: TurnContext): Promise<void> {
  const turn = botTurn(context);
  const caller = callerOf(turn);
  const file = sentFile(context.activity);
  if (file) return onFile(context, file);
  const text = commandText(context.activity);
  const matched = turn.registry.matchCommand(text);
  const spec = matched ? turn.registry.commands.get(matched.name) : undefined;
  if (!matched || !spec) {
    await context.sendActivity(COMMON[caller.locale].unknownCommand(text.slice(0, 60)));
    return;
  }
  await authorize(caller, spec.allow, turn.app);
  const replies = await spec.handler({ caller, args: matched.args, conversation: turnConversation(context.activity) }, turn.app);
  for (const reply of replies) await context.sendActivity(toActivity(reply));
}

async function onInstalled(context: TurnContext): Promise<void> {
  const turn = botTurn(context);
  const a = context.activity;
  // Teams (and the Playground) send both installationUpdate and conversationUpdate on install; greet once.
  if (a.action !== 'add' || a.conversation?.conversationType === 'channel') return;
  const caller = callerOf(turn);
  const s = COMMON[caller.locale];
  await context.sendActivity(caller.member ? s.welcome(caller.member.name) : s.helpGuest);
  if (caller.member) await turn.registry.onMemberReachable(caller.member.id, turn.app);
}

/** The verb and data of an Action.Execute invoke, as the SDK's actionExecute selector reads them; undefined for anything else. */
function cardAction(activity: Activity): { verb: string; data: unknown } | undefined {
  if (activity.type !== ActivityTypes.Invoke || activity.name !== 'adaptiveCard/action') return undefined;
  const action = (activity.value as { action?: { type?: unknown; verb?: unknown; data?: unknown } } | undefined)?.action;
  if (action?.type !== 'Action.Execute' || typeof action.verb !== 'string') return undefined;
  return { verb: action.verb, data: action.data };
}

type VerbSpec = BotTurn['registry']['verbs'] extends ReadonlyMap<string, infer S> ? S : never;

/** One card verb: permission, the verb's data schema, the handler, its follow-up replies; returns what answers the invoke. */
async function runVerb(context: TurnContext, spec: VerbSpec, raw: unknown): Promise<AdaptiveCard | string> {
  const turn = botTurn(context);
  const caller = callerOf(turn);
  await authorize(caller, spec.allow, turn.app);
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) throw new ValidationError('data', COMMON[caller.locale].invalidAction);
  const result = await spec.handler({ caller, verb: spec.verb, data: parsed.data }, turn.app);
  // Follow-up replies go out in the turn, before the invoke response.
  for (const reply of result.replies ?? []) await context.sendActivity(toActivity(reply));
  // Our templates render `type: "AdaptiveCard"` cards; the SDK's type says so.
  return 'card' in result ? (result.card as AdaptiveCard) : result.message;
}

/**
 * Routing: messages and installs by the Agents SDK's AgentApplication (it removes the bot's @mention from
 * messages); card verbs (Action.Execute) directly by their verb, answered as the SDK's actionExecute answers them
 * (REPLACE_FOR_INTERACTOR: the card, or a message, as the invoke response). The SDK's route would parse the whole
 * activity once more (a ~13 KB report, for a telemetry record that is a no-op here) and try every verb's selector
 * in turn: ~4 % of a submission's CPU, for nothing the bot uses. The steps before it (dedupe, caller, language,
 * conversation) are ours because the SDK's beforeTurn hooks run only once a route matched and cannot answer a
 * turn that has none.
 */
export function dispatchStep(adapter: CloudAdapter, registry: BotTurn['registry']): Middleware<BotTurn> {
  // Our adapter, so the application does not build a second one from the environment.
  const agent = new AgentApplication<TurnState>({ adapter, removeRecipientMention: true, startTypingTimer: false });
  agent.onActivity(ActivityTypes.Message, onMessage);
  agent.onActivity(ActivityTypes.InstallationUpdate, onInstalled);
  return async (turn) => {
    turn.context.turnState.set(TURN_KEY, turn);
    const action = cardAction(turn.context.activity);
    const spec = action ? registry.verbs.get(action.verb) : undefined;
    if (action && spec) {
      const answer = await runVerb(turn.context, spec, action.data);
      // A handler that answered the invoke itself keeps its answer (as the SDK's route does).
      if (turn.context.turnState.get(INVOKE_RESPONSE_KEY)) return;
      if (typeof answer === 'string') await sendInvokeMessage(turn.context, answer);
      else await sendInvokeCard(turn.context, answer);
      return;
    }
    const handled = await agent.runInternal(turn.context);
    // An unknown verb or a payload that is not an Action.Execute: no route, so no invoke response yet.
    if (!handled && isCardAction(turn)) await sendInvokeMessage(turn.context, COMMON[callerOf(turn).locale].invalidAction);
  };
}
