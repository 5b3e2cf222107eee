import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import type { CompiledReport } from '../../domain/report/compiled-report.ts';
import { HISTORY } from '../../i18n/history-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import { formatDate, formatInstant } from '../../domain/calendar/index.ts';

export interface HistoryCardOptions {
  /** Where the .docx was written (local mode); empty when it is offered by email instead. */
  filePath?: string;
  /** Show the "email me the document" button (Graph mode). */
  mailable: boolean;
  /** Result of the last action, e.g. "sent to …". */
  status?: string;
}

/** Summary of a past compiled report: state, counts, contributions per area, and how to get the .docx. */
export function historyCard(cycle: Cycle, report: CompiledReport, locale: Locale, options: HistoryCardOptions): AdaptiveCardJson {
  const s = HISTORY[locale].report;
  const state = cycle.state === 'sent' && cycle.sentAt ? s.sentAt(formatInstant(cycle.sentAt)) : s.compiledOnly(formatInstant(report.compiledAt));
  return renderCard('history-report', {
    title: s.title(report.label),
    subject: report.subject,
    facts: [
      { label: s.state, value: state },
      { label: s.submitted, value: `${report.summary.submittedCount}/${report.summary.targetCount}` },
      { label: s.late, value: String(report.summary.lateCount) },
      { label: s.missing, value: report.summary.missingUnits.join('; ') || s.nothing },
      { label: s.deadline, value: formatDate(report.unitDeadline) },
    ],
    areasTitle: s.areas,
    areas: report.areas.map((a) => ({ title: a.title, count: String(a.entries.length) })),
    file: options.filePath ? s.file(options.filePath) : '',
    status: options.status ?? '',
    mailable: options.mailable,
    mailLabel: s.mailCopy,
    cycleId: cycle.id,
  });
}
