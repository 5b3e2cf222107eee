import type { CompiledReport, UnitText } from '../domain/report/compiled-report.ts';
import { cleanText } from './clean-text.ts';
import { renderReportHtml } from './report-html.ts';

/** Largest HTML body sent inline; Graph takes at most 4 MB per sendMail request, attachments included. */
export const MAX_MAIL_BODY_BYTES = 1_500_000;

/** The units' texts the full HTML body shows in full, each at least once (see renderReportHtml). */
function* shownTexts(report: CompiledReport): Generator<UnitText[]> {
  if (report.kind === 'ad-hoc') for (const q of report.questions) yield q.answers;
  else for (const a of report.areas) yield a.entries;
  yield report.difficulties;
  yield report.proposals;
  yield report.nextQuarterTasks;
}

/**
 * Whether the full HTML body is surely longer than `limit` bytes, without rendering it. Every text
 * counted appears in the page as its cleaned form, escaped (escaping only lengthens it), so the sum of
 * their cleaned UTF-8 lengths is a lower bound of the page's size; counting stops once it passes the limit,
 * so a city-scale report costs the cleaning of ~1.5 MB of text, not of its 30 M characters.
 */
export function surelyLongerThan(report: CompiledReport, limit: number): boolean {
  let bytes = 0;
  for (const entries of shownTexts(report)) {
    for (const entry of entries) {
      bytes += Buffer.byteLength(cleanText(entry.text));
      if (bytes > limit) return true;
    }
  }
  return false;
}

/**
 * The report mail's HTML body: the full report when it fits in `limit` bytes, else the summary (the
 * full text is in the attached .docx). The decision is the same as rendering the full page and measuring
 * it, but a report whose texts alone exceed the limit is never rendered in full (at 3,000 units that
 * page is 45 MB, ~90 MB as a JavaScript string, built only to be thrown away).
 */
export function reportMailBody(report: CompiledReport, limit = MAX_MAIL_BODY_BYTES): string {
  if (!surelyLongerThan(report, limit)) {
    const full = renderReportHtml(report, 'vi');
    if (Buffer.byteLength(full) <= limit) return full;
  }
  return renderReportHtml(report, 'vi', 'summary');
}
