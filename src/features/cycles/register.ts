import type { ActionHandler, CommandHandler } from '../registry.ts';
import type { CommandName } from '../../domain/commands/match-command.ts';
import { adhocCommand, createAdhocAction } from './adhoc.ts';
import { compileCommand } from './compile.ts';
import { openQuarterCommand } from './open-quarter.ts';
import { sendLaterAction, sendReportAction } from './send-report.ts';
import { statusCommand } from './status.ts';
import { editReportAction, submitReportAction } from './submit-report.ts';

/** Commands of the reporting cycle. */
export const cycleCommands: Partial<Record<CommandName, CommandHandler>> = {
  openQuarter: openQuarterCommand,
  adhoc: adhocCommand,
  status: statusCommand,
  compile: compileCommand,
};

/** Card verbs of the reporting cycle. */
export const cycleActions: Record<string, ActionHandler> = {
  'report.submit': submitReportAction,
  'report.edit': editReportAction,
  'report.send': sendReportAction,
  'report.later': sendLaterAction,
  'adhoc.create': createAdhocAction,
};
