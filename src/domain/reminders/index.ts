// Public surface of the reminder ladder and the automatic jobs; pure functions, no I/O.
export type { ReminderSettings } from './reminder-settings.ts';
export type { Rung } from './rungs.ts';
export { effectiveDeadline, isSendingAllowed, ladderRungs, sendMoment } from './rungs.ts';
export type { ChiefSummaryItem, CompileItem, CycleDueItem, CycleSnapshot, EscalationItem, ReminderItem } from './due-items.ts';
export { CYCLE_WIDE, SUMMARY_CATCH_UP_WORKING_DAYS, dueForCycle, jobKey, ledgerKey } from './due-items.ts';
export type { QuarterSettings } from './auto-actions.ts';
export { meetingNudgeDue, nudgeKey, openKey, quarterToOpen } from './auto-actions.ts';
