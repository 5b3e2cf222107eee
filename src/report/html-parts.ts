import type { UnitText } from '../domain/report/compiled-report.ts';
import { escapeHtml, textToHtml } from './escape-html.ts';

// Inline styles, not a <style> block: several mail clients drop <head> styles.
export const STYLE = {
  body: 'margin:0;padding:0;background:#f4f5f7;',
  page:
    'max-width:780px;margin:0 auto;padding:24px 28px;background:#ffffff;color:#1a1a1a;' +
    "font-family:'Times New Roman',Times,serif;font-size:16px;line-height:1.5;",
  title: 'margin:0;text-align:center;font-size:20px;font-weight:bold;',
  subject: 'margin:4px 0 16px;text-align:center;font-weight:bold;',
  h2: 'margin:20px 0 8px;font-size:17px;font-weight:bold;',
  h3: 'margin:14px 0 6px;font-size:16px;font-weight:bold;',
  p: 'margin:0 0 8px;text-align:justify;',
  note: 'margin:0 0 8px;font-style:italic;color:#555555;',
  summary: 'margin:0 0 16px;padding:10px 14px;background:#eef3f8;border-left:4px solid #2f5d8a;',
  table: 'border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:15px;',
  th: 'border:1px solid #999999;padding:4px 6px;background:#e8e8e8;text-align:center;',
  td: 'border:1px solid #999999;padding:4px 6px;vertical-align:top;',
  late: 'color:#a15c00;font-weight:bold;',
  missing: 'color:#b00020;font-weight:bold;',
} as const;

/** One unit's text as a paragraph led by the unit's name, line breaks kept. */
export function unitTextHtml(entry: UnitText): string {
  return `<p style="${STYLE.p}"><strong><em>${escapeHtml(entry.unitName)}:</em></strong> ${textToHtml(entry.text)}</p>`;
}

/**
 * HTML as a list of pieces, joined once at the very end: a city-size report is tens of MB, and
 * joining at every level (units, sections, page) would copy all of it each time.
 */
export type HtmlPieces = string[];

/** The parts with `separator` between them, as one list of pieces (nothing is copied). */
export function joinPieces(parts: HtmlPieces[], separator: string): HtmlPieces {
  const out: HtmlPieces = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(separator);
    for (const piece of part) out.push(piece);
  });
  return out;
}

/** Several units' texts, one per line, or an italic note when there are none. */
export function unitTextsHtml(entries: UnitText[], emptyNote: string): HtmlPieces {
  if (entries.length === 0) return [`<p style="${STYLE.note}">${escapeHtml(emptyNote)}</p>`];
  return joinPieces(entries.map((entry) => [unitTextHtml(entry)]), '\n');
}

/** A bordered table; header cells escaped here, body cells must already be HTML. */
export function tableHtml(headers: string[], rows: string[][]): string {
  const head = headers.map((h) => `<th style="${STYLE.th}">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td style="${STYLE.td}">${c}</td>`).join('')}</tr>`).join('\n');
  return `<table style="${STYLE.table}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A link only for http(s) URLs; anything else (javascript:, data:…) is shown as plain text. */
export function safeLinkHtml(url: string): string {
  const text = escapeHtml(url);
  return /^https?:\/\//i.test(url.trim()) ? `<a href="${escapeHtml(url.trim())}">${text}</a>` : text;
}
