import type { ReportLocale } from './report-labels.ts';

/** Words of the HTML email that are not section titles. */
export const HTML_LABELS: Record<
  ReportLocale,
  {
    documentType: string;
    period: string;
    dataWindow: (from: string, to: string) => string;
    deadline: string;
    compiledAt: string;
    received: string;
    late: string;
    missing: string;
    none: string;
    unit: string;
    head: string;
    submittedOn: string;
    status: string;
    number: string;
    note: string;
    version: string;
    detailsAttached: string;
  }
> = {
  vi: {
    documentType: 'BÁO CÁO',
    period: 'Kỳ báo cáo',
    dataWindow: (from, to) => `Số liệu từ ${from} đến ${to}`,
    deadline: 'Hạn nộp của đơn vị',
    compiledAt: 'Tổng hợp lúc',
    received: 'Đã nhận',
    late: 'Nộp trễ hạn',
    missing: 'Chưa nộp',
    none: 'không có',
    unit: 'Đơn vị',
    head: 'Trưởng đơn vị',
    submittedOn: 'Ngày gửi',
    status: 'Tình trạng',
    number: 'STT',
    note: 'Ghi chú',
    detailsAttached: 'Báo cáo có nhiều đơn vị nên thư chỉ nêu phần tóm tắt; toàn văn báo cáo ở tệp đính kèm (.docx).',
    version: 'bản',
  },
  en: {
    documentType: 'REPORT',
    period: 'Period',
    dataWindow: (from, to) => `Data from ${from} to ${to}`,
    deadline: 'Unit deadline',
    compiledAt: 'Compiled at',
    received: 'Received',
    late: 'Submitted late',
    missing: 'Not submitted',
    none: 'none',
    unit: 'Unit',
    head: 'Head of unit',
    submittedOn: 'Submitted on',
    status: 'Status',
    number: 'No.',
    note: 'Note',
    detailsAttached: 'The report covers many units, so this mail carries the summary only; the full text is in the attached .docx.',
    version: 'version',
  },
};
