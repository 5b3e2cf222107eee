import { latestVersion, type UnitSubmission } from './submission.ts';

/** A unit's state in a cycle as the status card shows it. */
export type UnitState = 'missing' | 'submitted' | 'late' | 'deputy';

export interface UnitStatusRow {
  unitId: string;
  state: UnitState;
  at?: string;
  version?: number;
  submittedBy?: string;
}

/** Status of one unit: not submitted, submitted on time, late, or submitted by the deputy for an absent head. */
export function unitStatus(unitId: string, submission: UnitSubmission | undefined): UnitStatusRow {
  const latest = latestVersion(submission);
  if (!latest) return { unitId, state: 'missing' };
  const state: UnitState = latest.onBehalfOf ? 'deputy' : latest.late ? 'late' : 'submitted';
  return { unitId, state, at: latest.at, version: latest.version, submittedBy: latest.submittedBy };
}

/** Totals for the status card footer. */
export function statusTotals(rows: UnitStatusRow[]): Record<UnitState, number> & { total: number } {
  const totals = { missing: 0, submitted: 0, late: 0, deputy: 0, total: rows.length };
  for (const row of rows) totals[row.state]++;
  return totals;
}
