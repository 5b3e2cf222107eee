import { count } from './plural.ts';
import type { Catalogue } from './locale.ts';

const WORKING_DAYS = { one: 'working day', other: 'working days' };

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
  /** A unit's row when its deputy acts for the absent head (Điều 2.1). */
  actingDeputy: (deputy: string, head: string) => string;
  /** The chief's summary received by the deputy chief under delegation. */
  actingForChief: (deputy: string) => string;
  autoOpened: (label: string) => string;
  autoCompiled: (label: string) => string;
  meetingNudge: (month: string) => string;
  failuresTitle: string;
  failureLine: (what: string, reason: string) => string;
  uncertainLine: (what: string) => string;
  reasons: Record<'no-reference' | 'blocked' | 'failed' | 'error' | 'no-recipient' | 'unit-not-in-roster', string>;
  reportMailed: (label: string, to: string) => string;
  remindedAll: (sent: string[], total: number) => string;
  remindFailed: (lines: string[]) => string;
  nothingPending: (label: string) => string;
  noOpenCycle: string;
  unitNotFound: (text: string) => string;
  unitAmbiguous: (text: string, names: string[]) => string;
  unitAlreadySubmitted: (unit: string, label: string) => string;
  unitNotTargeted: (unit: string, label: string) => string;
  /** What a scheduled job does, as the ledger records it and a failure report lists it. */
  jobs: {
    reminder: (label: string, unit: string) => string;
    escalation: (label: string) => string;
    compile: (label: string) => string;
    chiefSummary: (label: string) => string;
    autoOpen: (label: string) => string;
    meetingNudge: (month: string) => string;
    reportMailed: (label: string) => string;
  };
}

/** Strings of reminders, escalation and the scheduler's own messages. */
export const REMINDER: Catalogue<ReminderStrings> = {
  vi: {
    reminderTitle: (label) => `Nhắc hạn nộp báo cáo CCHC — ${label}`,
    reminderMessage: (unit, d) =>
      d > 0
        ? `${unit} chưa nộp báo cáo; còn ${d} ngày làm việc đến hạn nộp. Đề nghị Anh/Chị gửi báo cáo đúng hạn.`
        : d === 0
          ? `${unit} chưa nộp báo cáo; hôm nay là hạn nộp cuối cùng. Đề nghị Anh/Chị gửi báo cáo trong ngày.`
          : `${unit} chưa nộp báo cáo; đã quá hạn ${-d} ngày làm việc. Đề nghị Anh/Chị khẩn trương gửi báo cáo.`,
    manualNote: (by) => `Tin nhắc do ${by} gửi.`,
    catchUpNote: 'Tin này gộp cả các lần nhắc trước chưa gửi được.',
    facts: { unit: 'Đơn vị', period: 'Kỳ báo cáo', deadline: 'Hạn nộp', timeLeft: 'Thời hạn' },
    timeLeft: (d) => (d > 0 ? `Còn ${d} ngày làm việc` : d === 0 ? 'Hạn cuối hôm nay' : `Quá hạn ${-d} ngày làm việc`),
    openForm: 'Mở phiếu báo cáo',
    escalationTitle: (label) => `Đơn vị chưa nộp báo cáo — ${label}`,
    escalationIntro: (n, deadline) => `Đã quá hạn nộp báo cáo (${deadline}), còn ${n} đơn vị chưa nộp. Đề nghị đôn đốc các đơn vị (khoản 2 Điều 5 Quy chế).`,
    chiefSummaryTitle: (label) => `Các đơn vị còn thiếu báo cáo — ${label}`,
    chiefSummaryIntro: (n, d) => `Kính báo cáo Trưởng Ban Chỉ đạo: đã quá hạn tổng hợp (${d}), còn ${n} đơn vị chưa nộp báo cáo.`,
    columns: { unit: 'Đơn vị', head: 'Trưởng đơn vị' },
    escalationFooter: 'Trợ lý đã tự động nhắc các đơn vị này vào các ngày làm việc.',
    actingDeputy: (deputy, head) => `${deputy} (cấp phó, thay ${head} đang vắng)`,
    actingForChief: (deputy) => `Phó Trưởng Ban ${deputy} nhận báo cáo này thay mặt Trưởng Ban Chỉ đạo theo ủy quyền.`,
    autoOpened: (label) => `Trợ lý đã tự động mở kỳ báo cáo ${label} (ngày làm việc đầu tiên của tháng cuối quý).`,
    autoCompiled: (label) => `Đã đến hạn tổng hợp: Trợ lý đã tổng hợp báo cáo ${label}. Đề nghị Anh/Chị kiểm tra bản xem trước rồi bấm "Gửi Trưởng Ban Chỉ đạo".`,
    meetingNudge: (month) => `Tháng ${month} chưa có lịch họp định kỳ của Ban Chỉ đạo. Theo khoản 2 Điều 7 Quy chế, Ban Chỉ đạo họp định kỳ mỗi tháng một lần; Anh/Chị gõ "họp" để lên lịch.`,
    failuresTitle: 'Trợ lý không gửi được một số tin tự động:',
    failureLine: (what, reason) => `• ${what}: ${reason}`,
    uncertainLine: (what) => `• ${what}: Trợ lý bị gián đoạn khi đang gửi, không xác định được tin đã đến hay chưa; không gửi lại để tránh trùng lặp`,
    reasons: {
      'no-reference': 'người nhận chưa cài đặt hoặc chưa mở Trợ lý trên Teams',
      blocked: 'người nhận đã chặn Trợ lý',
      failed: 'lỗi kết nối Teams',
      error: 'lỗi khi xử lý',
      'no-recipient': 'danh sách Ban Chỉ đạo chưa có người nhận cho việc này',
      'unit-not-in-roster': 'đơn vị không còn trong danh sách Ban Chỉ đạo',
    },
    reportMailed: (label, to) => `Báo cáo tổng hợp ${label} (đang chờ trong hộp thư đi) đã được gửi đến ${to}.`,
    remindedAll: (sent, total) => `Đã nhắc ${sent.length}/${total} đơn vị chưa nộp${sent.length ? `: ${sent.join('; ')}` : ''}.`,
    remindFailed: (lines) => `Chưa nhắc được: ${lines.join('; ')}.`,
    nothingPending: (label) => `Tất cả đơn vị đã nộp báo cáo ${label}; không cần nhắc.`,
    noOpenCycle: 'Không có kỳ báo cáo nào đang mở để nhắc.',
    unitNotFound: (text) => `Không tìm thấy đơn vị "${text}". Vui lòng gõ tên đơn vị, ví dụ: "nhắc Phòng Kinh tế".`,
    unitAmbiguous: (text, names) => `"${text}" khớp với nhiều đơn vị: ${names.join('; ')}. Vui lòng gõ tên đơn vị đầy đủ hơn.`,
    unitAlreadySubmitted: (unit, label) => `${unit} đã nộp báo cáo ${label}; không cần nhắc.`,
    unitNotTargeted: (unit, label) => `${unit} không thuộc kỳ báo cáo ${label}.`,
    jobs: {
      reminder: (label, unit) => `${label} — nhắc ${unit}`,
      escalation: (label) => `${label} — báo cáo đơn vị trễ hạn`,
      compile: (label) => `${label} — tổng hợp tự động`,
      chiefSummary: (label) => `${label} — báo cáo Trưởng Ban đơn vị còn thiếu`,
      autoOpen: (label) => `${label} — tự động mở kỳ báo cáo`,
      meetingNudge: (month) => `Nhắc Thư ký lên lịch họp tháng ${month}`,
      reportMailed: (label) => `${label} — báo tin đã gửi báo cáo`,
    },
  },
  en: {
    reminderTitle: (label) => `CCHC report reminder — ${label}`,
    reminderMessage: (unit, d) =>
      d > 0
        ? `${unit} has not reported yet; ${count('en', d, WORKING_DAYS)} left.`
        : d === 0
          ? `${unit} has not reported yet; today is the deadline.`
          : `${unit} has not reported yet; ${count('en', -d, WORKING_DAYS)} overdue. Please submit now.`,
    manualNote: (by) => `Reminder sent by ${by}.`,
    catchUpNote: 'Combines earlier reminders that could not be sent on time.',
    facts: { unit: 'Unit', period: 'Period', deadline: 'Deadline', timeLeft: 'Status' },
    timeLeft: (d) => (d > 0 ? `${count('en', d, WORKING_DAYS)} left` : d === 0 ? 'Due today' : `${count('en', -d, WORKING_DAYS)} overdue`),
    openForm: 'Open the report form',
    escalationTitle: (label) => `Units that have not reported — ${label}`,
    escalationIntro: (n, deadline) => `The deadline ${deadline} has passed and ${count('en', n, { one: 'unit has', other: 'units have' })} not reported. Please urge them to report (art. 5(2) of the regulation).`,
    chiefSummaryTitle: (label) => `Units with missing reports — ${label}`,
    chiefSummaryIntro: (n, d) => `The compile deadline ${d} has passed and ${count('en', n, { one: 'unit has', other: 'units have' })} not reported.`,
    columns: { unit: 'Unit', head: 'Unit head' },
    escalationFooter: 'These units were reminded automatically on working days.',
    actingDeputy: (deputy, head) => `${deputy} (deputy, for ${head}, who is away)`,
    actingForChief: (deputy) => `Deputy chief ${deputy} receives this on behalf of the chief, by delegation.`,
    autoOpened: (label) => `The assistant opened the ${label} report automatically (first working day of the quarter's last month).`,
    autoCompiled: (label) => `The compile deadline has come: the assistant compiled the ${label} report. Please check the preview, then press "Send to the chief".`,
    meetingNudge: (month) => `No regular committee meeting is scheduled for ${month}. Under art. 7(2) of the regulation the committee meets once a month; type "meeting" to schedule one.`,
    failuresTitle: 'The assistant could not send some automatic messages:',
    failureLine: (what, reason) => `• ${what}: ${reason}`,
    uncertainLine: (what) => `• ${what}: the assistant stopped mid-send, delivery unknown; not resent to avoid a duplicate`,
    reasons: {
      'no-reference': 'the recipient has not opened the assistant in Teams',
      blocked: 'the recipient blocked the assistant',
      failed: 'Teams connection error',
      error: 'processing error',
      'no-recipient': 'the roster has no recipient for this',
      'unit-not-in-roster': 'the unit is no longer on the roster',
    },
    reportMailed: (label, to) => `The queued ${label} compiled report has now been sent to ${to}.`,
    remindedAll: (sent, total) => `Reminded ${sent.length}/${count('en', total, { one: 'unit', other: 'units' })} that have not reported${sent.length ? `: ${sent.join('; ')}` : ''}.`,
    remindFailed: (lines) => `Not reminded: ${lines.join('; ')}.`,
    nothingPending: (label) => `Every unit has reported for ${label}; nothing to remind.`,
    noOpenCycle: 'No report cycle is open, so there is nothing to remind.',
    unitNotFound: (text) => `No unit matches "${text}". Type a unit name, e.g. "remind Phòng Kinh tế".`,
    unitAmbiguous: (text, names) => `"${text}" matches several units: ${names.join('; ')}. Type more of the name.`,
    unitAlreadySubmitted: (unit, label) => `${unit} has already reported for ${label}; no reminder needed.`,
    unitNotTargeted: (unit, label) => `${unit} is not part of the ${label} report.`,
    jobs: {
      reminder: (label, unit) => `${label} — reminder to ${unit}`,
      escalation: (label) => `${label} — late units reported`,
      compile: (label) => `${label} — automatic compile`,
      chiefSummary: (label) => `${label} — missing units reported to the chief`,
      autoOpen: (label) => `${label} — cycle opened automatically`,
      meetingNudge: (month) => `Secretary reminded to schedule the ${month} meeting`,
      reportMailed: (label) => `${label} — report-sent notice`,
    },
  },
};
