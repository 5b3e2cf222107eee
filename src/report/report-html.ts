import type { CompiledReport } from '../domain/report/compiled-report.ts';
import { PAR_AREA_TITLES } from '../domain/par-areas.ts';
import { escapeHtml, textToHtml } from './escape-html.ts';
import { HTML_LABELS } from './html-labels.ts';
import { planProgressHtml } from './plan-progress-html.ts';
import { KEY_FIGURE_LABELS, figureText } from './key-figure-labels.ts';
import { STYLE, joinPieces, safeLinkHtml, tableHtml, unitTextsHtml } from './html-parts.ts';
import type { HtmlPieces } from './html-parts.ts';
import {
  EMPTY_SECTION_TEXT,
  SECTION_TITLES,
  SUBMISSION_STATUS_LABELS,
  TASK_STATUS_LABELS,
  onBehalfLabel,
  submissionStatus,
} from './report-labels.ts';
import type { ReportLocale } from './report-labels.ts';
import { formatDate } from '../domain/calendar/index.ts';

const h2 = (text: string): string => `<h2 style="${STYLE.h2}">${escapeHtml(text)}</h2>`;
const h3 = (text: string): string => `<h3 style="${STYLE.h3}">${escapeHtml(text)}</h3>`;

function summaryHtml(report: CompiledReport, locale: ReportLocale): string {
  const l = HTML_LABELS[locale];
  const { summary } = report;
  const missing = summary.missingUnits.length > 0 ? summary.missingUnits.map(escapeHtml).join(', ') : l.none;
  const lines = [
    `<strong>${l.period}:</strong> ${escapeHtml(report.label)}`,
    escapeHtml(l.dataWindow(formatDate(report.dataFrom), formatDate(report.dataTo))),
    `<strong>${l.deadline}:</strong> ${formatDate(report.unitDeadline)}; <strong>${l.compiledAt}:</strong> ${formatDate(report.compiledAt)}`,
    `<strong>${l.received}:</strong> ${summary.submittedCount}/${summary.targetCount}; <strong>${l.late}:</strong> ${summary.lateCount}; <strong>${l.missing}:</strong> ${missing}`,
  ];
  return `<div style="${STYLE.summary}">${lines.join('<br>\n')}</div>`;
}

function taskProgressHtml(report: CompiledReport, locale: ReportLocale, number: number): string {
  if (report.taskProgress.length === 0) return '';
  const l = HTML_LABELS[locale];
  const rows = report.taskProgress.map((t, i) => [
    String(i + 1),
    escapeHtml(t.unitName),
    escapeHtml(TASK_STATUS_LABELS[t.status][locale]),
    textToHtml(t.note),
  ]);
  return h3(`${number}. ${SECTION_TITLES.taskProgress[locale]}`) + tableHtml([l.number, l.unit, l.status, l.note], rows);
}

function keyFiguresHtml(report: CompiledReport, locale: ReportLocale, number: number): HtmlPieces {
  if (!report.keyFigures?.length) return [];
  const l = KEY_FIGURE_LABELS[locale];
  const rows = report.keyFigures.map((f, i) => [String(i + 1), escapeHtml(f.label), escapeHtml(f.unit), figureText(f.total, locale), `${f.unitsReported}/${f.unitsAsked}`]);
  return [h3(`${number}. ${l.title}`) + tableHtml([l.number, l.indicator, l.unit, l.total, l.reported], rows)];
}

function sectionOneHtml(report: CompiledReport, locale: ReportLocale): HtmlPieces {
  const empty = EMPTY_SECTION_TEXT[locale];
  if (report.kind === 'ad-hoc') {
    const questions = report.questions.map((q, i) => [h3(`${i + 1}. ${q.question}`), ...unitTextsHtml(q.answers, empty)]);
    const progress = taskProgressHtml(report, locale, report.questions.length + 1);
    return joinPieces([[h2(SECTION_TITLES.adHocAnswers[locale])], ...questions, [progress]], '\n');
  }
  const areas = report.areas.map((a, i) => {
    const title = locale === 'vi' ? a.title : PAR_AREA_TITLES[a.area].en;
    return [h3(`${i + 1}. ${title}`), ...unitTextsHtml(a.entries, empty)];
  });
  let next = report.areas.length + (report.taskProgress.length ? 2 : 1);
  const plan = report.planProgress ? [planProgressHtml(report.planProgress, locale, next++)] : [];
  return joinPieces([[h2(SECTION_TITLES.results[locale])], ...areas, [taskProgressHtml(report, locale, report.areas.length + 1)], plan, keyFiguresHtml(report, locale, next)], '\n');
}

function submissionsHtml(report: CompiledReport, locale: ReportLocale): string {
  const l = HTML_LABELS[locale];
  const rows = report.units.map((u, i) => {
    const status = submissionStatus(u);
    const statusStyle = status === 'late' ? STYLE.late : status === 'missing' ? STYLE.missing : '';
    const head = escapeHtml(u.headName) + (u.onBehalfOf ? `<br>(${escapeHtml(onBehalfLabel(u.onBehalfOf, locale))})` : '');
    const version = u.version !== undefined && u.version > 1 ? ` (${l.version} ${u.version})` : '';
    return [
      String(i + 1),
      escapeHtml(u.unitName),
      head,
      u.submittedAt ? formatDate(u.submittedAt) + version : '',
      `<span style="${statusStyle}">${escapeHtml(SUBMISSION_STATUS_LABELS[status][locale])}</span>`,
    ];
  });
  return h2(SECTION_TITLES.submissions[locale]) + tableHtml([l.number, l.unit, l.head, l.submittedOn, l.status], rows);
}

function evidenceHtml(report: CompiledReport, locale: ReportLocale): string {
  const withLinks = report.evidence.filter((e) => e.urls.length > 0);
  if (withLinks.length === 0) return '';
  const items = withLinks.map(
    (e) => `<li><strong>${escapeHtml(e.unitName)}:</strong> ${e.urls.map(safeLinkHtml).join('<br>')}</li>`,
  );
  return h3(SECTION_TITLES.evidence[locale]) + `<ul style="margin:0 0 8px;padding-left:22px;">${items.join('\n')}</ul>`;
}

/**
 * Renders the compiled report as a standalone UTF-8 HTML page (inline CSS) for the email body:
 * a summary, sections I–IV, the submissions table and evidence links; all user text escaped.
 * `summary` keeps only the header and summary, for reports too large for a mail body.
 */
export function renderReportHtml(report: CompiledReport, locale: ReportLocale, detail: 'full' | 'summary' = 'full'): string {
  const empty = EMPTY_SECTION_TEXT[locale];
  const showNextQuarter = report.kind === 'quarterly' || report.nextQuarterTasks.length > 0;
  const head = [`<h1 style="${STYLE.title}">${HTML_LABELS[locale].documentType}</h1>`, `<p style="${STYLE.subject}">${escapeHtml(report.subject)}</p>`, summaryHtml(report, locale)];
  const evidence = evidenceHtml(report, locale);
  // At city scale the full text would exceed what one Graph sendMail request carries (4 MB); it is in the attachment.
  const parts: HtmlPieces[] = detail === 'summary' ? [...head, `<p>${escapeHtml(HTML_LABELS[locale].detailsAttached)}</p>`].map((p) => [p]) : [
    ...head.map((p) => [p]),
    sectionOneHtml(report, locale),
    [h2(SECTION_TITLES.difficulties[locale]), ...unitTextsHtml(report.difficulties, empty)],
    [h2(SECTION_TITLES.proposals[locale]), ...unitTextsHtml(report.proposals, empty)],
    showNextQuarter ? [h2(SECTION_TITLES.nextQuarter[locale]), ...unitTextsHtml(report.nextQuarterTasks, empty)] : [],
    [submissionsHtml(report, locale)],
    evidence === '' ? [] : [evidence],
  ];
  const top = [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.subject)}</title>`,
    '</head>',
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.page}">`,
  ];
  const bottom = ['</div>', '</body>', '</html>', ''];
  const body = joinPieces(parts.filter((p) => p.length > 0), '\n');
  const lines = (items: string[]): HtmlPieces => joinPieces(items.map((line) => [line]), '\n');
  return joinPieces([lines(top), body, lines(bottom)], '\n').join('');
}
