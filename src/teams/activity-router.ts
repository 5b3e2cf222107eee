import type { CloudAdapter, TurnContext } from '@microsoft/agents-hosting';
import type { AppServices } from '../features/app-services.ts';
import type { FeatureRegistry } from '../features/registry.ts';
import { callerStep } from './pipeline/caller-step.ts';
import { compose, type Middleware } from './pipeline/compose.ts';
import { conversationStep } from './pipeline/conversation-step.ts';
import { dedupeStep } from './pipeline/dedupe-step.ts';
import { dispatchStep } from './pipeline/dispatch-step.ts';
import { errorBoundary } from './pipeline/error-boundary.ts';
import { languageStep } from './pipeline/language-step.ts';
import type { BotTurn } from './pipeline/bot-turn.ts';
import { withTurnReads } from '../features/turn-reads.ts';

/** Logs one line per turn with the activity id, so every later line of the turn can be tied to it; never the user's text. */
const logStep: Middleware<BotTurn> = async (turn, next) => {
  const a = turn.context.activity;
  const verb = a.type === 'invoke' ? (a.value as { action?: { verb?: unknown } } | undefined)?.action?.verb : undefined;
  turn.app.logger.info({ activityId: a.id, type: a.type, name: a.name, verb: typeof verb === 'string' ? verb.slice(0, 64) : undefined }, 'activity received');
  await next();
};

/**
 * Every incoming activity runs one chain: dedupe → log → error boundary → caller → language →
 * conversation → dispatch (the SDK's routes; each route checks permission, then runs the handler).
 * Language comes before the conversation step because the stored reference records it.
 * Each turn sees the app through `withTurnReads`: the directory documents are read once per turn, and a
 * member's turn documents together right after the caller step (one query on PostgreSQL).
 */
export function createActivityRouter(app: AppServices, registry: FeatureRegistry, adapter: CloudAdapter): (context: TurnContext) => Promise<void> {
  const chain = compose<BotTurn>([dedupeStep(), logStep, errorBoundary, callerStep, languageStep, conversationStep, dispatchStep(adapter, registry)]);
  return async (context) => {
    const reads = withTurnReads(app);
    try {
      await chain({ context, app: reads.app, registry, prefetch: reads.prefetch });
    } finally {
      reads.end();
    }
  };
}
