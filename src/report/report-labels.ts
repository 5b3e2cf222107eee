import type { TaskProgressEntry, UnitSubmissionRow } from '../domain/report/compiled-report.ts';

export type ReportLocale = 'vi' | 'en';

export type SubmissionStatus = 'on-time' | 'late' | 'missing';

/** Whether a unit submitted on time, late, or not at all. */
export function submissionStatus(row: UnitSubmissionRow): SubmissionStatus {
  if (row.submittedAt === undefined) return 'missing';
  return row.onTime === false ? 'late' : 'on-time';
}

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, Record<ReportLocale, string>> = {
  'on-time': { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Trễ hạn', en: 'Late' },
  missing: { vi: 'Chưa nộp', en: 'Not submitted' },
};

export const TASK_STATUS_LABELS: Record<TaskProgressEntry['status'], Record<ReportLocale, string>> = {
  done: { vi: 'Hoàn thành', en: 'Done' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  'not-started': { vi: 'Chưa thực hiện', en: 'Not started' },
};

/** Headings shared by the official document and the HTML email, so both read the same. */
export const SECTION_TITLES = {
  results: { vi: 'I. KẾT QUẢ THỰC HIỆN', en: 'I. RESULTS' },
  adHocAnswers: { vi: 'I. NỘI DUNG BÁO CÁO', en: 'I. REPORTED CONTENT' },
  taskProgress: {
    vi: 'Tiến độ thực hiện các nhiệm vụ được giao (Phụ lục 2A)',
    en: 'Progress of assigned tasks (Appendix 2A)',
  },
  difficulties: { vi: 'II. KHÓ KHĂN, VƯỚNG MẮC', en: 'II. DIFFICULTIES AND OBSTACLES' },
  proposals: { vi: 'III. ĐỀ XUẤT, KIẾN NGHỊ', en: 'III. PROPOSALS AND RECOMMENDATIONS' },
  nextQuarter: { vi: 'IV. NHIỆM VỤ TRỌNG TÂM QUÝ TỚI', en: 'IV. KEY TASKS FOR NEXT QUARTER' },
  submissions: { vi: 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ', en: 'UNIT SUBMISSIONS' },
  evidence: { vi: 'Tài liệu kiểm chứng', en: 'Evidence' },
} as const satisfies Record<string, Record<ReportLocale, string>>;

export const EMPTY_SECTION_TEXT: Record<ReportLocale, string> = {
  vi: 'Không có đơn vị nêu nội dung này.',
  en: 'No unit reported on this.',
};

/** Label of the on-behalf-of note in the submissions table. */
export function onBehalfLabel(name: string, locale: ReportLocale): string {
  return locale === 'vi' ? `${name} gửi thay` : `submitted by ${name}`;
}

/** Headings of the standing member's sections (II–IV) in the official document. */
export const SYNTHESIS_TITLES = {
  assessment: 'II. ĐÁNH GIÁ CHUNG',
  strengths: 'Ưu điểm',
  limitations: 'Hạn chế và nguyên nhân',
  nextQuarter: 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ TỚI',
  proposals: 'IV. ĐỀ XUẤT, KIẾN NGHỊ',
  proposalsPart: 'Đề xuất',
  recommendationsPart: 'Kiến nghị',
} as const;

export const EMPTY_SYNTHESIS_TEXT = 'Không có.';
