import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import { HISTORY } from '../../i18n/history-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { StatsView } from './stats-data.ts';

/** The period line: every quarter of the window, those never opened marked so. */
export function periodText(view: StatsView, locale: Locale): string {
  const s = HISTORY[locale].stats;
  return view.quarters.map((q) => (q.cycleId ? q.label : `${q.label} (${s.notOpened})`)).join(', ');
}

/** `thống kê` card: one row per unit with on-time / late / missing counts and mean delay, plus export. */
/** A part of the annual statistics another feature adds (the year's recognised initiatives by unit). */
export interface StatsSection {
  title: string;
  summary: string;
  units: Array<{ unit: string; lines: string[] }>;
}

/** The statistics card; `initiatives` adds the year's recognised initiatives by unit. */
export function statsCard(view: StatsView, locale: Locale, status = '', initiatives?: StatsSection): AdaptiveCardJson {
  const s = HISTORY[locale];
  const dash = '—';
  const last = view.quarters.at(-1);
  return renderCard('stats', {
    title: s.stats.title(view.quarters.length),
    facts: [{ label: s.stats.period, value: periodText(view, locale) }],
    columns: s.stats.columns,
    rows: view.rows.map((row) => ({
      unit: view.unitNames.get(row.unitId) ?? row.unitId,
      onTime: String(row.onTime),
      late: String(row.late),
      missing: String(row.missing),
      meanDelay: row.meanDelayDays === undefined ? dash : s.number(row.meanDelayDays),
    })),
    totals: s.stats.totals({
      onTime: view.totals.onTime,
      late: view.totals.late,
      missing: view.totals.missing,
      pending: view.totals.pending,
      meanDelay: view.totals.meanDelayDays === undefined ? dash : s.number(view.totals.meanDelayDays),
    }),
    attendanceTitle: s.stats.attendanceTitle,
    attendanceColumns: s.stats.attendanceColumns,
    attendance: view.attendance.map((a) => ({ member: view.memberNames.get(a.memberId) ?? a.memberId, present: String(a.present), excused: String(a.excused), absent: String(a.absent) })),
    noMeetings: view.attendance.length === 0 ? s.stats.noMeetings : '',
    status,
    exportLabel: s.stats.exportCsv,
    quarters: String(view.quarters.length),
    lastQuarter: last?.id ?? '',
    initiativesTitle: initiatives?.title ?? '',
    initiativesSummary: initiatives?.summary ?? '',
    initiativesByUnit: initiatives?.units ?? [],
  });
}
