import type { CommandName } from '../../domain/commands/match-command.ts';
import type { ActionHandler, CommandHandler } from '../registry.ts';
import { historyCommand, mailCopyAction } from './history-command.ts';
import { exportStatsAction, statsCommand } from './stats-command.ts';

/** Commands for past reports and statistics. */
export const historyCommands: Partial<Record<CommandName, CommandHandler>> = {
  history: historyCommand,
  stats: statsCommand,
};

/** Card verbs for past reports and statistics. */
export const historyActions: Record<string, ActionHandler> = {
  'report.mailCopy': mailCopyAction,
  'stats.exportCsv': exportStatsAction,
};
