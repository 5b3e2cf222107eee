import { count } from './plural.ts';
import type { Catalogue } from './locale.ts';

interface HistoryStrings {
  badQuarter: (text: string) => string;
  noCompiled: string;
  noSuchCycle: (label: string) => string;
  notCompiled: (label: string) => string;
  report: {
    title: (label: string) => string;
    state: string;
    sentAt: (at: string) => string;
    compiledOnly: (at: string) => string;
    submitted: string;
    late: string;
    missing: string;
    deadline: string;
    nothing: string;
    areas: string;
    file: (path: string) => string;
    mailCopy: string;
  };
  mail: {
    copySubject: (label: string) => string;
    statsSubject: (range: string) => string;
    statsBody: (range: string) => string;
    sentTo: (email: string) => string;
    written: (path: string) => string;
    alreadySent: (at: string) => string;
    queued: (error: string) => string;
    noEmail: string;
  };
  stats: {
    badCount: (text: string, max: number) => string;
    title: (count: number) => string;
    period: string;
    notOpened: string;
    columns: { unit: string; onTime: string; late: string; missing: string; meanDelay: string };
    totals: (t: { onTime: number; late: number; missing: number; pending: number; meanDelay: string }) => string;
    noCycles: string;
    exportCsv: string;
    csvWritten: (path: string) => string;
    outcomes: { onTime: string; late: (days: string) => string; missing: string; pending: string; notTargeted: string; notOpened: string };
    /** Meeting attendance per member over the same quarters (Điều 6.1.b). */
    attendanceTitle: string;
    attendanceColumns: { member: string; present: string; excused: string; absent: string };
    noMeetings: string;
  };
  /** Formats a mean delay ("1,5" in Vietnamese). */
  number: (value: number) => string;
}

const viNumber = (value: number) => (Math.round(value * 10) / 10).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
const enNumber = (value: number) => (Math.round(value * 10) / 10).toLocaleString('en-US', { maximumFractionDigits: 1 });

/** Strings of past reports (`báo cáo quý III/2026`) and statistics (`thống kê`). */
export const HISTORY: Catalogue<HistoryStrings> = {
  vi: {
    badQuarter: (t) => `Trợ lý chưa hiểu kỳ báo cáo "${t}". Ví dụ đúng: "báo cáo quý III/2026".`,
    noCompiled: 'Chưa có kỳ báo cáo nào được tổng hợp. Ủy viên thường trực gõ "tổng hợp" để tổng hợp kỳ hiện tại.',
    noSuchCycle: (label) => `Không có kỳ báo cáo ${label}: kỳ này chưa từng được mở.`,
    notCompiled: (label) => `Kỳ báo cáo ${label} chưa được tổng hợp nên chưa có báo cáo. Ủy viên thường trực gõ "tổng hợp" để tổng hợp.`,
    report: {
      title: (label) => `Báo cáo tổng hợp ${label}`,
      state: 'Tình trạng',
      sentAt: (at) => `Đã gửi Trưởng Ban Chỉ đạo lúc ${at}`,
      compiledOnly: (at) => `Đã tổng hợp lúc ${at}, chưa gửi Trưởng Ban Chỉ đạo`,
      submitted: 'Đã nộp',
      late: 'Nộp trễ hạn',
      missing: 'Chưa nộp',
      deadline: 'Hạn nộp',
      nothing: 'không có',
      areas: 'Số ý kiến theo lĩnh vực',
      file: (path) => `Tệp báo cáo (.docx) đã được lưu tại: ${path}`,
      mailCopy: 'Gửi bản báo cáo (.docx) vào email của tôi',
    },
    mail: {
      copySubject: (label) => `Bản lưu báo cáo kết quả CCHC ${label}`,
      statsSubject: (range) => `Thống kê nộp báo cáo CCHC ${range}`,
      statsBody: (range) => `Thống kê nộp báo cáo CCHC của các đơn vị ${range} được đính kèm dưới dạng tệp CSV (mở bằng Excel).`,
      sentTo: (email) => `Đã gửi tệp đến email ${email}.`,
      written: (path) => `Chưa kết nối hộp thư Outlook nên thư được lưu thành tệp: ${path}`,
      alreadySent: (at) => `Tệp này đã được gửi đến email của Anh/Chị lúc ${at}; không gửi lần thứ hai.`,
      queued: (error) => `Chưa gửi được thư (${error}). Thư được giữ trong hộp thư đi và sẽ tự gửi lại.`,
      noEmail: 'Danh sách thành viên chưa có email của Anh/Chị nên chưa gửi được. Đề nghị liên hệ Ủy viên thường trực để bổ sung.',
    },
    stats: {
      badCount: (t, max) => `Trợ lý chưa hiểu số quý "${t}". Gõ "thống kê" (4 quý gần nhất) hoặc "thống kê 8" (số quý từ 1 đến ${max}).`,
      title: (count) => `Thống kê nộp báo cáo CCHC — ${count} quý gần nhất`,
      period: 'Các kỳ',
      notOpened: 'không mở kỳ',
      columns: { unit: 'Đơn vị', onTime: 'Đúng hạn', late: 'Trễ hạn', missing: 'Chưa nộp', meanDelay: 'Trễ bình quân (ngày làm việc)' },
      attendanceTitle: 'Dự họp Ban Chỉ đạo',
      attendanceColumns: { member: 'Thành viên', present: 'Có mặt', excused: 'Vắng có phép', absent: 'Vắng không phép' },
      noMeetings: 'Chưa có cuộc họp nào đã diễn ra trong các quý này.',
      totals: (t) => `Tổng: ${t.onTime} lượt đúng hạn, ${t.late} lượt trễ hạn (bình quân ${t.meanDelay} ngày làm việc), ${t.missing} lượt chưa nộp` + (t.pending ? `, ${t.pending} lượt chưa đến hạn.` : '.'),
      noCycles: 'Chưa có kỳ báo cáo quý nào để thống kê.',
      exportCsv: 'Xuất tệp CSV (Excel)',
      csvWritten: (path) => `Tệp CSV đã được lưu tại: ${path}`,
      outcomes: { onTime: 'Đúng hạn', late: (days) => `Trễ ${days} ngày làm việc`, missing: 'Chưa nộp', pending: 'Chưa đến hạn', notTargeted: 'Không thuộc kỳ', notOpened: 'Không mở kỳ' },
    },
    number: viNumber,
  },
  en: {
    badQuarter: (t) => `Could not read the period "${t}". Example: "report III/2026".`,
    noCompiled: 'No report cycle has been compiled yet. The standing member types "compile" to compile the current one.',
    noSuchCycle: (label) => `There is no report cycle ${label}: it was never opened.`,
    notCompiled: (label) => `The report cycle ${label} has not been compiled, so there is no report yet. The standing member types "compile".`,
    report: {
      title: (label) => `Compiled report — ${label}`,
      state: 'State',
      sentAt: (at) => `Sent to the chief at ${at}`,
      compiledOnly: (at) => `Compiled at ${at}, not yet sent to the chief`,
      submitted: 'Submitted',
      late: 'Late',
      missing: 'Missing',
      deadline: 'Deadline',
      nothing: 'none',
      areas: 'Contributions per area',
      file: (path) => `The report document (.docx) was saved to: ${path}`,
      mailCopy: 'Email me the report (.docx)',
    },
    mail: {
      copySubject: (label) => `Copy of the compiled CCHC report ${label}`,
      statsSubject: (range) => `CCHC report statistics ${range}`,
      statsBody: (range) => `The units' CCHC report statistics ${range} are attached as a CSV file (opens in Excel).`,
      sentTo: (email) => `The file was emailed to ${email}.`,
      written: (path) => `No Outlook mailbox is connected, so the mail was saved as a file: ${path}`,
      alreadySent: (at) => `This file was already emailed to you at ${at}; it is not sent twice.`,
      queued: (error) => `The mail could not be sent yet (${error}). It stays in the outbox and will be retried.`,
      noEmail: 'The roster has no email address for you, so nothing was sent. Ask the standing member to add it.',
    },
    stats: {
      badCount: (t, max) => `Could not read the number of quarters "${t}". Type "stats" (last 4 quarters) or "stats 8" (1 to ${max}).`,
      title: (n) => `CCHC report statistics — last ${count('en', n, { one: 'quarter', other: 'quarters' })}`,
      period: 'Cycles',
      notOpened: 'not opened',
      columns: { unit: 'Unit', onTime: 'On time', late: 'Late', missing: 'Missing', meanDelay: 'Mean delay (working days)' },
      attendanceTitle: 'Committee meeting attendance',
      attendanceColumns: { member: 'Member', present: 'Present', excused: 'Absent with leave', absent: 'Absent without leave' },
      noMeetings: 'No meeting was held in these quarters.',
      totals: (t) => `Total: ${t.onTime} on time, ${t.late} late (mean ${t.meanDelay} working days), ${t.missing} missing` + (t.pending ? `, ${t.pending} not yet due.` : '.'),
      noCycles: 'There is no quarterly report cycle to count yet.',
      exportCsv: 'Export CSV (Excel)',
      csvWritten: (path) => `The CSV file was saved to: ${path}`,
      outcomes: { onTime: 'On time', late: (days) => `Late by ${days} working days`, missing: 'Missing', pending: 'Not yet due', notTargeted: 'Not in cycle', notOpened: 'Not opened' },
    },
    number: enNumber,
  },
};
