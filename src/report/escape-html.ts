import { cleanText } from './clean-text.ts';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML element body or a quoted attribute value (after NFC cleaning). */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Escapes user text and keeps its line breaks as <br>. */
export function textToHtml(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>\n');
}
