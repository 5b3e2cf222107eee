import { toCsv } from '../../domain/stats/csv.ts';
import type { UnitOutcome } from '../../domain/stats/unit-stats.ts';
import { HISTORY } from '../../i18n/history-strings.ts';
import type { StatsView } from './stats-data.ts';

const S = HISTORY.vi;

function outcomeText(outcome: UnitOutcome): string {
  const o = S.stats.outcomes;
  switch (outcome.kind) {
    case 'on-time':
      return o.onTime;
    case 'late':
      return o.late(String(outcome.delayDays));
    case 'missing':
      return o.missing;
    case 'pending':
      return o.pending;
    case 'not-targeted':
      return o.notTargeted;
  }
}

/**
 * The statistics as a table, always with Vietnamese headers (it is filed with the Office's
 * records): totals per unit, then one column per quarter saying what happened in it. The CSV and
 * the tab's .xlsx are both this table.
 */
export function statsTable(view: StatsView): Array<Array<string | number>> {
  const c = S.stats.columns;
  const header = ['STT', c.unit, c.onTime, c.late, c.missing, S.stats.outcomes.pending, c.meanDelay, ...view.quarters.map((q) => q.label)];
  const opened = view.quarters.map((q) => q.cycleId !== undefined);
  const perQuarter = (outcomes: UnitOutcome[]): string[] => {
    let next = 0;
    return opened.map((isOpened) => (isOpened ? outcomeText(outcomes[next++]!) : S.stats.outcomes.notOpened));
  };
  const mean = (value: number | undefined) => (value === undefined ? '' : S.number(value));
  const rows = view.rows.map((row, i) => [i + 1, view.unitNames.get(row.unitId) ?? row.unitId, row.onTime, row.late, row.missing, row.pending, mean(row.meanDelayDays), ...perQuarter(row.outcomes)]);
  const t = view.totals;
  const total = ['', 'Tổng cộng', t.onTime, t.late, t.missing, t.pending, mean(t.meanDelayDays), ...view.quarters.map(() => '')];
  return [header, ...rows, total, ...attendanceTable(view)];
}

/** Under the units, after an empty row: each member's meetings attended, absent with leave and without. */
function attendanceTable(view: StatsView): Array<Array<string | number>> {
  if (view.attendance.length === 0) return [];
  const c = S.stats.attendanceColumns;
  const rows = view.attendance.map((a, i) => [i + 1, view.memberNames.get(a.memberId) ?? a.memberId, a.present, a.excused, a.absent]);
  return [[], [S.stats.attendanceTitle], ['STT', c.member, c.present, c.excused, c.absent], ...rows];
}

/** The statistics table as CSV for Excel. */
export function statsCsv(view: StatsView): string {
  return toCsv(statsTable(view));
}
