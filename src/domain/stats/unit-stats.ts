import { workingDaysBetween, type WorkingCalendar } from '../calendar/index.ts';

/** What the statistics need to know about one quarterly cycle; plain values, no store. */
export interface CycleFacts {
  cycleId: string;
  /** Unit deadline as ISO date (yyyy-mm-dd). */
  unitDeadline: string;
  /** Whether the deadline day has ended: before that, a unit that has not submitted is pending, not missing. */
  deadlinePassed: boolean;
  targetUnits: string[];
  /** Each unit's first submission: the Vietnam-local ISO date and the late flag stamped when it arrived. */
  firstSubmissions: ReadonlyMap<string, { on: string; late: boolean }>;
}

/** One unit in one cycle. */
export type UnitOutcome =
  | { kind: 'on-time'; submittedOn: string }
  | { kind: 'late'; submittedOn: string; delayDays: number }
  | { kind: 'missing' }
  | { kind: 'pending' }
  | { kind: 'not-targeted' };

/** One unit over the window: counts, mean delay of its late reports, and each cycle's outcome. */
export interface UnitStats {
  unitId: string;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** Mean working days past the deadline over late reports; undefined when none was late. */
  meanDelayDays?: number;
  /** Outcome per cycle, in the order of the cycles given. */
  outcomes: UnitOutcome[];
}

/** Totals over every unit, for the card footer. */
export interface StatsTotals {
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  meanDelayDays?: number;
}

/**
 * Classifies one unit in one cycle. The first version decides timeliness: a report that arrived on
 * time and was corrected later was still received on time. Delay counts working days after the
 * deadline up to the submission day, so a report sent on the Saturday after a Friday deadline is late by 0.
 */
export function unitOutcome(cycle: CycleFacts, unitId: string, cal: WorkingCalendar): UnitOutcome {
  if (!cycle.targetUnits.includes(unitId)) return { kind: 'not-targeted' };
  const first = cycle.firstSubmissions.get(unitId);
  if (!first) return cycle.deadlinePassed ? { kind: 'missing' } : { kind: 'pending' };
  if (!first.late) return { kind: 'on-time', submittedOn: first.on };
  return { kind: 'late', submittedOn: first.on, delayDays: Math.max(0, workingDaysBetween(cal, cycle.unitDeadline, first.on)) };
}

function mean(values: number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Per-unit statistics over the given cycles, one row per unit id in `unitIds` order. */
export function computeUnitStats(cycles: CycleFacts[], unitIds: string[], cal: WorkingCalendar): UnitStats[] {
  return unitIds.map((unitId) => {
    const outcomes = cycles.map((cycle) => unitOutcome(cycle, unitId, cal));
    const delays = outcomes.flatMap((o) => (o.kind === 'late' ? [o.delayDays] : []));
    const count = (kind: UnitOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
    const stats: UnitStats = { unitId, onTime: count('on-time'), late: count('late'), missing: count('missing'), pending: count('pending'), outcomes };
    const meanDelayDays = mean(delays);
    if (meanDelayDays !== undefined) stats.meanDelayDays = meanDelayDays;
    return stats;
  });
}

/** Sums the per-unit rows; the mean delay is over every late report, not a mean of unit means. */
export function statsTotals(rows: UnitStats[]): StatsTotals {
  const delays = rows.flatMap((r) => r.outcomes.flatMap((o) => (o.kind === 'late' ? [o.delayDays] : [])));
  const totals: StatsTotals = {
    onTime: rows.reduce((n, r) => n + r.onTime, 0),
    late: rows.reduce((n, r) => n + r.late, 0),
    missing: rows.reduce((n, r) => n + r.missing, 0),
    pending: rows.reduce((n, r) => n + r.pending, 0),
  };
  const meanDelayDays = mean(delays);
  if (meanDelayDays !== undefined) totals.meanDelayDays = meanDelayDays;
  return totals;
}
