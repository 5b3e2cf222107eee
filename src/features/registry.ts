import type { CommandName } from '../domain/commands/match-command.ts';
import type { AdaptiveCardJson } from '../cards/render-card.ts';
import type { AppServices } from './app-services.ts';
import type { Reply } from './ports.ts';
import type { ActionTurn, CommandTurn } from './turn.ts';

export type CommandHandler = (turn: CommandTurn, app: AppServices) => Promise<Reply[]>;

/** What an Action.Execute returns: a card that replaces the clicked one, or a short message. */
export type ActionResult = { card: AdaptiveCardJson; replies?: Reply[] } | { message: string; replies?: Reply[] };

export type ActionHandler = (turn: ActionTurn, app: AppServices) => Promise<ActionResult>;

/** Commands and card verbs the bot serves; features register here, the Teams router reads it. */
export interface FeatureRegistry {
  commands: Partial<Record<CommandName, CommandHandler>>;
  actions: Record<string, ActionHandler>;
  /** Called when a member installs the app (a conversation reference now exists): deliver what waited for them. */
  onMemberReachable?: (memberId: string, app: AppServices) => Promise<void>;
}
