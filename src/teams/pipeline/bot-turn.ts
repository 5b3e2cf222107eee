import type { TurnContext } from '@microsoft/agents-hosting';
import type { AppServices } from '../../features/app-services.ts';
import type { FeatureRegistry } from '../../features/registry.ts';
import type { Caller } from '../../features/turn.ts';
import type { DocKey } from '../../store/document-store.ts';

/** What the steps of one turn share: the SDK's context, the app, and what earlier steps learned. */
export interface BotTurn {
  context: TurnContext;
  app: AppServices;
  registry: FeatureRegistry;
  /** Set by the caller step. */
  caller?: Caller;
  /** Reads the member's turn documents ahead, together (withTurnReads); absent outside the router. */
  prefetch?: (memberId: string, extra?: DocKey[]) => Promise<void>;
  /** True when this turn stored the member's first conversation reference. */
  firstContact?: boolean;
}

/** The caller, once the caller step ran; a programming error before. */
export function callerOf(turn: BotTurn): Caller {
  if (!turn.caller) throw new Error('the caller step has not run');
  return turn.caller;
}

/** Whether the activity is a card action (Action.Execute) that expects an invoke response. */
export function isCardAction(turn: BotTurn): boolean {
  return turn.context.activity.type === 'invoke' && turn.context.activity.name === 'adaptiveCard/action';
}
