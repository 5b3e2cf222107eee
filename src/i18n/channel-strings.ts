import type { Catalogue } from './locale.ts';
import { count } from './plural.ts';

interface ChannelStrings {
  linkOnlyInChannel: string;
  linked: (channel: string, team: string) => string;
  alreadyLinked: (channel: string) => string;
  /** A channel name when Teams gives none. */
  thisChannel: string;
  board: {
    title: (label: string) => string;
    deadline: string;
    state: string;
    daysLeft: string;
    daysLeftValue: (n: number) => string;
    overdueValue: string;
    lastReminder: string;
    lastReminderValue: (at: string, units: number) => string;
    updated: string;
    overdue: string;
    totals: (t: { total: number; reported: number; missing: number }) => string;
    more: (n: number) => string;
    reportFor: (unit: string) => string;
    editFor: (unit: string) => string;
    remind: string;
    compile: string;
    forYou: string;
  };
  formSent: (unit: string) => string;
  previewSent: string;
  previewNotSent: string;
  cycleNotFound: string;
  escalation: (label: string, deadline: string, lines: string[]) => string;
  escalationLine: (mention: string, unit: string) => string;
  meetingAnnounced: (subject: string) => string;
  meetingAnnouncedText: string;
  conclusionsPosted: (subject: string) => string;
  tasksHeading: string;
}

/** The committee channel: `gắn kênh`, the status board and what is posted there. */
export const CHANNEL: Catalogue<ChannelStrings> = {
  vi: {
    linkOnlyInChannel:
      'Lệnh "gắn kênh" dùng trong kênh của nhóm (team) Ban Chỉ đạo: Anh/Chị thêm Trợ lý vào nhóm, rồi trong kênh đó gõ "@CCHC Bot gắn kênh".',
    linked: (channel, team) => `Đã gắn kênh "${channel}"${team ? ` của nhóm "${team}"` : ''}. Từ nay bảng tình hình nộp báo cáo của kỳ đang mở, thông báo mời họp và kết luận cuộc họp được đăng tại đây.`,
    alreadyLinked: (channel) => `Kênh "${channel}" đã được gắn; bảng tình hình tiếp tục cập nhật tại đây.`,
    thisChannel: 'này',
    board: {
      title: (label) => `Bảng tình hình nộp báo cáo ${label}`,
      deadline: 'Hạn nộp',
      state: 'Trạng thái kỳ',
      daysLeft: 'Thời gian còn lại',
      daysLeftValue: (n) => `${n} ngày làm việc`,
      overdueValue: 'Đã quá hạn',
      lastReminder: 'Lần nhắc gần nhất',
      lastReminderValue: (at, units) => `${at} (${units} đơn vị)`,
      updated: 'Cập nhật lúc',
      overdue: 'Quá hạn',
      totals: (t) => `Đã nộp ${t.reported}/${t.total} đơn vị, chưa nộp ${t.missing}.`,
      more: (n) => `Còn ${n} đơn vị không hiển thị; gõ "tình hình" để xem đủ.`,
      reportFor: (unit) => `Báo cáo cho ${unit}`,
      editFor: (unit) => `Sửa báo cáo ${unit}`,
      remind: 'Nhắc',
      compile: 'Tổng hợp',
      forYou: 'Dành cho Anh/Chị',
    },
    formSent: (unit) => `Phiếu báo cáo của ${unit} đã được gửi vào cửa sổ trò chuyện riêng của Anh/Chị với Trợ lý.`,
    previewSent: 'Bản xem trước báo cáo tổng hợp đã được gửi vào cửa sổ trò chuyện riêng của Anh/Chị với Trợ lý.',
    previewNotSent: 'Đã tổng hợp, nhưng Trợ lý chưa nhắn riêng được cho Anh/Chị: Anh/Chị mở CCHC Bot trong mục Trò chuyện và gõ "tổng hợp" để xem bản xem trước.',
    cycleNotFound: 'Không tìm thấy kỳ báo cáo của thẻ này; thẻ có thể đã cũ.',
    escalation: (label, deadline, lines) => `**Quá hạn nộp báo cáo ${label}** (hạn ${deadline}). Đề nghị các đơn vị sau khẩn trương gửi báo cáo:\n\n${lines.join('\n\n')}`,
    escalationLine: (mention, unit) => `- ${mention} — ${unit}`,
    meetingAnnounced: (subject) => `Thông báo mời họp: ${subject}`,
    meetingAnnouncedText: 'Giấy mời đã được gửi qua Outlook tới các thành viên. Thành viên không dự họp được xin phép Trưởng Ban và gửi ý kiến bằng văn bản (Điều 6.1.b).',
    conclusionsPosted: (subject) => `Kết luận ${subject}`,
    tasksHeading: 'Nhiệm vụ được giao',
  },
  en: {
    linkOnlyInChannel: 'Use "link channel" in a channel of the committee\'s team: add the bot to the team, then type "@CCHC Bot link channel" in that channel.',
    linked: (channel, team) => `Linked the channel "${channel}"${team ? ` of the team "${team}"` : ''}. The open cycle's status board, meeting announcements and conclusions are posted here from now on.`,
    alreadyLinked: (channel) => `The channel "${channel}" is already linked; the status board keeps updating here.`,
    thisChannel: 'this channel',
    board: {
      title: (label) => `Report status board — ${label}`,
      deadline: 'Due',
      state: 'Cycle state',
      daysLeft: 'Time left',
      daysLeftValue: (n) => count('en', n, { one: 'working day', other: 'working days' }),
      overdueValue: 'Past the deadline',
      lastReminder: 'Last reminder',
      lastReminderValue: (at, units) => `${at} (${count('en', units, { one: 'unit', other: 'units' })})`,
      updated: 'Updated',
      overdue: 'Overdue',
      totals: (t) => `Submitted ${t.reported}/${count('en', t.total, { one: 'unit', other: 'units' })}, missing ${t.missing}.`,
      more: (n) => `${count('en', n, { one: 'more unit is', other: 'more units are' })} not shown; type "status" for all.`,
      reportFor: (unit) => `Report for ${unit}`,
      editFor: (unit) => `Edit the report of ${unit}`,
      remind: 'Remind',
      compile: 'Compile',
      forYou: 'For you',
    },
    formSent: (unit) => `The report form of ${unit} is in your 1:1 chat with the bot.`,
    previewSent: 'The preview of the compiled report is in your 1:1 chat with the bot.',
    previewNotSent: 'Compiled, but the bot cannot write to you in a 1:1 chat yet: open CCHC Bot under Chat and type "compile" to see the preview.',
    cycleNotFound: 'The reporting cycle of this card was not found; the card may be outdated.',
    escalation: (label, deadline, lines) => `**Report ${label} overdue** (due ${deadline}). These units are asked to send their report now:\n\n${lines.join('\n\n')}`,
    escalationLine: (mention, unit) => `- ${mention} — ${unit}`,
    meetingAnnounced: (subject) => `Meeting notice: ${subject}`,
    meetingAnnouncedText: 'The invitations went out through Outlook. Members who cannot attend ask the chief for leave and send their opinions in writing (art. 6.1.b).',
    conclusionsPosted: (subject) => `Conclusions — ${subject}`,
    tasksHeading: 'Tasks assigned',
  },
};
