import type { UnitStats } from '../../domain/stats/unit-stats.ts';

/** Share of a unit's due reports that arrived on time, 0..1; null when none was due yet. */
export function onTimeRate(row: Pick<UnitStats, 'onTime' | 'late' | 'missing'>): number | null {
  const due = row.onTime + row.late + row.missing;
  return due === 0 ? null : row.onTime / due;
}
