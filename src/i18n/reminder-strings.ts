import type { Catalogue } from './locale.ts';

interface ReminderStrings {
  reminderTitle: (label: string) => string;
  reminderMessage: (unit: string, daysLeft: number) => string;
  manualNote: (by: string) => string;
  catchUpNote: string;
  facts: { unit: string; period: string; deadline: string; timeLeft: string };
  timeLeft: (daysLeft: number) => string;
  openForm: string;
  escalationTitle: (label: string) => string;
  escalationIntro: (count: number, deadline: string) => string;
  chiefSummaryTitle: (label: string) => string;
  chiefSummaryIntro: (count: number, compileDeadline: string) => string;
  columns: { unit: string; head: string };
  escalationFooter: string;
  autoOpened: (label: string) => string;
  autoCompiled: (label: string) => string;
  meetingNudge: (month: string) => string;
  failuresTitle: string;
  failureLine: (what: string, reason: string, key: string) => string;
  uncertainLine: (what: string, key: string) => string;
  reasons: Record<'no-reference' | 'blocked' | 'failed' | 'error', string>;
  reportMailed: (label: string, to: string) => string;
  remindedAll: (sent: string[], total: number) => string;
  remindFailed: (lines: string[]) => string;
  nothingPending: (label: string) => string;
  noOpenCycle: string;
  unitNotFound: (text: string) => string;
  unitAmbiguous: (text: string, names: string[]) => string;
  unitAlreadySubmitted: (unit: string, label: string) => string;
  unitNotTargeted: (unit: string, label: string) => string;
}

/** Strings of reminders, escalation and the scheduler's own messages. */
export const REMINDER: Catalogue<ReminderStrings> = {
  vi: {
    reminderTitle: (label) => `Nhắc hạn nộp báo cáo CCHC — ${label}`,
    reminderMessage: (unit, d) =>
      d > 0
        ? `${unit} chưa nộp báo cáo; còn ${d} ngày làm việc đến hạn.`
        : d === 0
          ? `${unit} chưa nộp báo cáo; hôm nay là hạn cuối.`
          : `${unit} chưa nộp báo cáo; đã quá hạn ${-d} ngày làm việc. Đề nghị nộp ngay.`,
    manualNote: (by) => `Thành viên Thường trực ${by} nhắc.`,
    catchUpNote: 'Gộp các lần nhắc trước chưa gửi được.',
    facts: { unit: 'Đơn vị', period: 'Kỳ báo cáo', deadline: 'Hạn nộp', timeLeft: 'Thời gian' },
    timeLeft: (d) => (d > 0 ? `Còn ${d} ngày làm việc` : d === 0 ? 'Hạn cuối hôm nay' : `Quá hạn ${-d} ngày làm việc`),
    openForm: 'Mở phiếu báo cáo',
    escalationTitle: (label) => `Đơn vị chưa nộp báo cáo — ${label}`,
    escalationIntro: (n, deadline) => `Đã quá hạn ${deadline}, còn ${n} đơn vị chưa nộp báo cáo. Đề nghị đôn đốc (Điều 5.2 Quy chế).`,
    chiefSummaryTitle: (label) => `Tổng hợp báo cáo — đơn vị còn thiếu — ${label}`,
    chiefSummaryIntro: (n, d) => `Đã qua hạn tổng hợp ${d}, còn ${n} đơn vị chưa nộp báo cáo.`,
    columns: { unit: 'Đơn vị', head: 'Trưởng đơn vị' },
    escalationFooter: 'Các đơn vị đã được nhắc tự động vào các ngày làm việc.',
    autoOpened: (label) => `Trợ lý đã tự động mở kỳ báo cáo ${label} (ngày làm việc đầu tiên của tháng cuối quý).`,
    autoCompiled: (label) => `Đến hạn tổng hợp: Trợ lý đã tổng hợp báo cáo ${label}. Kiểm tra bản xem trước rồi bấm "Gửi Trưởng Ban".`,
    meetingNudge: (month) => `Tháng ${month} chưa có lịch họp Ban Chỉ đạo. Theo Điều 7.2 Quy chế, Ban họp định kỳ mỗi tháng một lần — gõ "họp" để lên lịch.`,
    failuresTitle: 'Trợ lý không gửi được một số tin tự động:',
    failureLine: (what, reason, key) => `• ${what}: ${reason} [${key}]`,
    uncertainLine: (what, key) => `• ${what}: Trợ lý dừng giữa chừng, không chắc tin đã đến; không gửi lại để tránh trùng [${key}]`,
    reasons: {
      'no-reference': 'người nhận chưa cài/chưa mở Trợ lý trên Teams',
      blocked: 'người nhận đã chặn Trợ lý',
      failed: 'lỗi kết nối Teams',
      error: 'lỗi khi xử lý',
    },
    reportMailed: (label, to) => `Báo cáo tổng hợp ${label} trong hàng đợi đã được gửi đến ${to}.`,
    remindedAll: (sent, total) => `Đã nhắc ${sent.length}/${total} đơn vị chưa nộp${sent.length ? `: ${sent.join('; ')}` : ''}.`,
    remindFailed: (lines) => `Chưa nhắc được: ${lines.join('; ')}.`,
    nothingPending: (label) => `Tất cả đơn vị đã nộp báo cáo ${label}; không cần nhắc.`,
    noOpenCycle: 'Không có kỳ báo cáo nào đang mở để nhắc.',
    unitNotFound: (text) => `Không tìm thấy đơn vị "${text}". Gõ tên đơn vị, ví dụ "nhắc Phòng Kinh tế".`,
    unitAmbiguous: (text, names) => `"${text}" khớp nhiều đơn vị: ${names.join('; ')}. Gõ tên đầy đủ hơn.`,
    unitAlreadySubmitted: (unit, label) => `${unit} đã nộp báo cáo ${label}; không cần nhắc.`,
    unitNotTargeted: (unit, label) => `${unit} không thuộc kỳ báo cáo ${label}.`,
  },
  en: {
    reminderTitle: (label) => `CCHC report reminder — ${label}`,
    reminderMessage: (unit, d) =>
      d > 0
        ? `${unit} has not reported yet; ${d} working day(s) left.`
        : d === 0
          ? `${unit} has not reported yet; today is the deadline.`
          : `${unit} has not reported yet; ${-d} working day(s) overdue. Please submit now.`,
    manualNote: (by) => `Reminder sent by the standing member ${by}.`,
    catchUpNote: 'Combines earlier reminders that could not be sent on time.',
    facts: { unit: 'Unit', period: 'Period', deadline: 'Deadline', timeLeft: 'Time' },
    timeLeft: (d) => (d > 0 ? `${d} working day(s) left` : d === 0 ? 'Due today' : `${-d} working day(s) overdue`),
    openForm: 'Open the report form',
    escalationTitle: (label) => `Units that have not reported — ${label}`,
    escalationIntro: (n, deadline) => `The deadline ${deadline} has passed and ${n} unit(s) have not reported. Please follow up (regulation art. 5.2).`,
    chiefSummaryTitle: (label) => `Compiled report — units missing — ${label}`,
    chiefSummaryIntro: (n, d) => `The compile deadline ${d} has passed and ${n} unit(s) have not reported.`,
    columns: { unit: 'Unit', head: 'Unit head' },
    escalationFooter: 'These units were reminded automatically on working days.',
    autoOpened: (label) => `The assistant opened the ${label} report automatically (first working day of the quarter's last month).`,
    autoCompiled: (label) => `Compile deadline: the assistant compiled the ${label} report. Check the preview, then press "Send to the chief".`,
    meetingNudge: (month) => `No committee meeting is scheduled for ${month}. Under art. 7.2 the committee meets once a month — type "meeting" to schedule one.`,
    failuresTitle: 'The assistant could not send some automatic messages:',
    failureLine: (what, reason, key) => `• ${what}: ${reason} [${key}]`,
    uncertainLine: (what, key) => `• ${what}: the assistant stopped mid-send, delivery unknown; not resent to avoid a duplicate [${key}]`,
    reasons: {
      'no-reference': 'the recipient has not opened the assistant in Teams',
      blocked: 'the recipient blocked the assistant',
      failed: 'Teams connection error',
      error: 'processing error',
    },
    reportMailed: (label, to) => `The queued ${label} compiled report has now been sent to ${to}.`,
    remindedAll: (sent, total) => `Reminded ${sent.length}/${total} unit(s) that have not reported${sent.length ? `: ${sent.join('; ')}` : ''}.`,
    remindFailed: (lines) => `Not reminded: ${lines.join('; ')}.`,
    nothingPending: (label) => `Every unit has reported for ${label}; nothing to remind.`,
    noOpenCycle: 'No report period is open.',
    unitNotFound: (text) => `No unit matches "${text}". Type a unit name, e.g. "remind Phòng Kinh tế".`,
    unitAmbiguous: (text, names) => `"${text}" matches several units: ${names.join('; ')}. Type more of the name.`,
    unitAlreadySubmitted: (unit, label) => `${unit} has already reported for ${label}; no reminder needed.`,
    unitNotTargeted: (unit, label) => `${unit} is not part of the ${label} report.`,
  },
};
