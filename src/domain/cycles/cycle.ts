import { endOfLocalDay } from '../calendar/index.ts';

export type CycleKind = 'quarterly' | 'ad-hoc';

/** Stored state; "closed" is derived from the clock (past the unit deadline, not yet compiled). */
export type StoredCycleState = 'open' | 'compiled' | 'sent';
export type CycleState = 'open' | 'closed' | 'compiled' | 'sent';

/** One reporting cycle: a quarter (Điều 9) or an ad-hoc request with its own questions. */
export interface Cycle {
  id: string;
  kind: CycleKind;
  label: string;
  subject: string;
  /** Ad-hoc topic and questions (one input each on the form). */
  topic?: string;
  questions?: string[];
  dataFrom: string;
  dataTo: string;
  unitDeadline: string;
  compileDeadline: string;
  targetUnits: string[];
  state: StoredCycleState;
  openedBy: string;
  openedAt: string;
  /** Where the opener's progress card lives, to update it as sending proceeds. */
  progress?: { memberId: string; activityId: string };
  compiledAt?: string;
  sentAt?: string;
}

/** What happened to one unit's report card. */
export interface Delivery {
  unitId: string;
  memberId: string;
  /** 'sending' is written just before the card goes out: one still there after its instance died may or may not have arrived. */
  status: 'sending' | 'sent' | 'no-reference' | 'blocked' | 'failed';
  detail?: string;
  activityId?: string;
  conversationId?: string;
  at: string;
}

/** The state as users see it: open until the end of the unit deadline day, then closed. */
export function cycleState(cycle: Cycle, now: Date): CycleState {
  if (cycle.state !== 'open') return cycle.state;
  return now.getTime() > endOfLocalDay(cycle.unitDeadline).getTime() ? 'closed' : 'open';
}

/** Whether a submission at `at` is late (after the unit deadline day ends in Vietnam time). */
export function isLate(cycle: Cycle, at: Date): boolean {
  return at.getTime() > endOfLocalDay(cycle.unitDeadline).getTime();
}

/** Units still accept submissions until the cycle is compiled (late ones are marked late). */
export function acceptsSubmissions(cycle: Cycle): boolean {
  return cycle.state === 'open';
}
