import type { CompiledReport } from '../domain/report/compiled-report.ts';

const MAX_SLUG_LENGTH = 80;

/** ASCII slug of Vietnamese text: diacritics dropped, đ -> d, anything else -> '-'. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/** Safe file name for the report, e.g. "bao-cao-cchc-quy-iv-2026.docx"; no separators, no "..". */
export function reportFileName(report: CompiledReport, ext: 'docx' | 'html'): string {
  const slug = slugify(report.label) || slugify(report.cycleId) || 'bao-cao';
  return `bao-cao-cchc-${slug}.${ext}`;
}
