import { formatDate } from '../domain/calendar/index.ts';
import type { PlanProgressCounts, PlanProgressSummary } from '../domain/report/plan-progress-summary.ts';
import { escapeHtml, textToHtml } from './escape-html.ts';
import { STYLE, tableHtml } from './html-parts.ts';
import { PLAN_PROGRESS_LABELS, countCells } from './plan-progress-labels.ts';
import type { ReportLocale } from './report-labels.ts';

function countsHtml(nameHeader: string, rows: Array<{ name: string; counts: PlanProgressCounts }>, total: PlanProgressCounts, locale: ReportLocale): string {
  const l = PLAN_PROGRESS_LABELS[locale];
  const body = rows.map((r, i) => [String(i + 1), escapeHtml(r.name), ...countCells(r.counts)]);
  body.push(['', `<strong>${escapeHtml(l.totalRow)}</strong>`, ...countCells(total).map((c) => `<strong>${c}</strong>`)]);
  return tableHtml([l.number, nameHeader, ...l.counts], body);
}

/** The plan-progress part of section I for the mail body: summary, counts by area and by lead unit, overdue tasks. */
export function planProgressHtml(summary: PlanProgressSummary, locale: ReportLocale, number: number): string {
  const l = PLAN_PROGRESS_LABELS[locale];
  const h3 = (text: string): string => `<h3 style="${STYLE.h3}">${escapeHtml(text)}</h3>`;
  const p = (text: string, style: string = STYLE.p): string => `<p style="${style}">${escapeHtml(text)}</p>`;
  const parts = [h3(`${number}. ${l.title(summary.year)}`)];
  if (summary.illustrative) parts.push(p(l.illustrative, STYLE.note));
  parts.push(p(l.summary(summary.total, formatDate(summary.asOf))));
  parts.push(p(l.byArea), countsHtml(l.area, summary.byArea.map((r) => ({ name: r.title, counts: r.counts })), summary.total, locale));
  parts.push(p(l.byUnit), countsHtml(l.unit, summary.byUnit.map((r) => ({ name: r.unitName, counts: r.counts })), summary.total, locale));
  parts.push(p(l.overdue));
  if (summary.overdue.length === 0) parts.push(p(l.noOverdue, STYLE.note));
  else {
    const rows = summary.overdue.map((t, i) => [String(i + 1), textToHtml(`${t.number}. ${t.content}`), escapeHtml(t.unitName), formatDate(t.due), escapeHtml(l.statuses[t.status])]);
    parts.push(tableHtml([l.number, l.task, l.unit, l.due, l.status], rows));
  }
  return parts.join('\n');
}
