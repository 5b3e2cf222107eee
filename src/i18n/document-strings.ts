import type { Catalogue } from './locale.ts';
import { count } from './plural.ts';

interface DocumentStrings {
  title: string;
  intro: (n: number) => string;
  none: string;
  open: string;
  kinds: Record<'report' | 'invitation' | 'conclusions' | 'decision' | 'inspection', string>;
  notFound: string;
  fileAt: (path: string) => string;
  agenda: string;
  conclusions: string;
  decision: string;
  reason: string;
  decidedBy: string;
}

/** Strings for members' access to the committee's documents (Điều 6.1.d). */
export const DOCUMENTS: Catalogue<DocumentStrings> = {
  vi: {
    title: 'Tài liệu của Ban Chỉ đạo',
    intro: (n) => `Anh/Chị được xem ${count('vi', n, { other: 'tài liệu' })}, mới nhất trước.`,
    none: 'Chưa có tài liệu nào dành cho Anh/Chị.',
    open: 'Mở',
    kinds: { report: 'Báo cáo tổng hợp', invitation: 'Giấy mời họp', conclusions: 'Kết luận cuộc họp', decision: 'Quyết định sau lấy ý kiến', inspection: 'Báo cáo kết quả kiểm tra' },
    notFound: 'Không tìm thấy tài liệu này hoặc tài liệu không dành cho Anh/Chị.',
    fileAt: (p) => `Tệp văn bản (.docx) đã được lưu tại: ${p}`,
    agenda: 'Nội dung',
    conclusions: 'Kết luận',
    decision: 'Quyết định',
    reason: 'Lý do',
    decidedBy: 'Người quyết định',
  },
  en: {
    title: 'Steering Committee documents',
    intro: (n) => `You can see ${count('en', n, { one: 'document', other: 'documents' })}, newest first.`,
    none: 'No document is available to you yet.',
    open: 'Open',
    kinds: { report: 'Compiled report', invitation: 'Meeting invitation', conclusions: 'Meeting conclusions', decision: 'Decision after a poll', inspection: 'Inspection report' },
    notFound: 'This document was not found or is not meant for you.',
    fileAt: (p) => `The document (.docx) was saved at: ${p}`,
    agenda: 'Agenda',
    conclusions: 'Conclusions',
    decision: 'Decision',
    reason: 'Reason',
    decidedBy: 'Decided by',
  },
};
