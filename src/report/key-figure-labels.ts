import type { ReportLocale } from './report-labels.ts';

/** Words of the key-figures table (document and mail read the same). */
export const KEY_FIGURE_LABELS: Record<ReportLocale, { title: string; number: string; indicator: string; unit: string; total: string; reported: string }> = {
  vi: { title: 'Số liệu chủ yếu', number: 'STT', indicator: 'Chỉ tiêu', unit: 'Đơn vị tính', total: 'Tổng số', reported: 'Số đơn vị báo cáo' },
  en: { title: 'Key figures', number: 'No.', indicator: 'Indicator', unit: 'Unit', total: 'Total', reported: 'Units reporting' },
};

/** 1250 -> "1.250" (vi) or "1,250" (en). */
export function figureText(value: number, locale: ReportLocale): string {
  return value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US');
}
