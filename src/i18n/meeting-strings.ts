import { count } from './plural.ts';
import type { MeetingKind, MeetingProblem } from '../domain/meetings/index.ts';
import type { Catalogue } from './locale.ts';

interface MeetingStrings {
  kinds: Record<MeetingKind, string>;
  subject: (kind: string, date: string) => string;
  form: {
    title: string;
    /** Shown by Teams under a required input left empty. */
    required: string;
    kind: string;
    date: string;
    start: string;
    duration: string;
    place: string;
    online: string;
    agenda: string;
    agendaPlaceholder: string;
    invitees: string;
    inviteAll: string;
    submit: string;
    hint: string;
  };
  problems: Record<MeetingProblem, (detail: string) => string>;
  unavailable: string;
  calendarFailed: string;
  calendarInDoubt: string;
  created: (subject: string, invited: number, reached: number) => string;
  alreadyCreated: string;
  fields: { time: string; place: string; online: string; agenda: string; status: string; reason: string; opinions: string; substitute: string; kind: string; attendsFor: string };
  onlineYes: string;
  onlineNo: string;
  join: string;
  attend: string;
  leave: string;
  statusLabel: Record<'none' | 'attending' | 'leave-requested' | 'leave-approved' | 'leave-refused' | 'cancelled', string>;
  attendRecorded: string;
  notInvited: string;
  meetingClosed: string;
  leaveTitle: string;
  leaveReason: string;
  leaveOpinions: string;
  leaveOpinionsHint: string;
  leaveSubstitute: (name: string) => string;
  leaveSubmit: string;
  leaveRequired: string;
  leaveSent: (approver: string) => string;
  approvalTitle: (name: string) => string;
  approve: string;
  refuse: string;
  decided: (name: string, approved: boolean) => string;
  alreadyDecided: string;
  decisionToMember: (subject: string, approved: boolean, by: string) => string;
  /** The short notice the secretary gets when an absence is decided (Điều 6 2.13: she organises the meeting). */
  decisionToSecretary: (name: string, subject: string, approved: boolean, by: string) => string;
  /** Appended to it when a deputy attends instead: invited in Teams, and in Outlook unless that failed. */
  substituteInvited: (deputy: string, inCalendar: boolean) => string;
  digestTitle: (subject: string) => string;
  digestAttending: string;
  digestApproved: string;
  digestPending: string;
  digestRefused: string;
  digestNoAnswer: string;
  absenceLine: (name: string, reason: string, opinions: string, substitute?: string) => string;
  changeUsage: string;
  cancelUsage: string;
  noUpcoming: string;
  noMeetingOn: (date: string) => string;
  chooseTitle: { reschedule: string; cancel: string };
  severalUpcoming: (count: number) => string;
  chooseText: (example: string) => string;
  upcomingHeading: string;
  choiceLine: (when: string, kind: string, place: string) => string;
  rescheduleExample: (selector: string) => string;
  cancelExample: (selector: string) => string;
  rescheduledTitle: string;
  rescheduled: (subject: string, when: string, place: string) => string;
  cancelledTitle: string;
  cancelled: (subject: string, reason: string) => string;
  changeDone: (reached: number, total: number) => string;
  concludeTitle: string;
  concludeMeeting: string;
  concludeText: string;
  concludeTask: (n: number) => string;
  concludeTaskContent: string;
  concludeTaskUnit: string;
  concludeTaskDeadline: string;
  concludeSubmit: string;
  noMeetingToConclude: string;
  conclusionsRequired: string;
  taskIncomplete: (n: number) => string;
  alreadyConcluded: string;
  conclusionsTitle: (subject: string) => string;
  tasksHeading: string;
  concluded: (members: number, tasks: number) => string;
  taskTitle: string;
  taskFields: { content: string; unit: string; deadline: string; status: string; progress: string; meeting: string };
  taskStatus: Record<'open' | 'done', string>;
  taskProgressInput: string;
  taskDoneToggle: string;
  taskUpdate: string;
  taskUpdated: string;
  taskCompleted: string;
  taskNotFound: string;
  tasksTitle: string;
  tasksEmpty: string;
  taskLine: (content: string, unit: string, deadline: string) => string;
  taskReminder: (daysLeft: number, deadline: string) => string;
}

/** Meeting, attendance, conclusions and task strings (Điều 6.1.b, 7; Vietnamese first). */
export const MEETING: Catalogue<MeetingStrings> = {
  vi: {
    kinds: { regular: 'định kỳ', adhoc: 'đột xuất', group: 'họp nhóm' },
    subject: (kind, date) => `Họp Ban Chỉ đạo CCHC (${kind}) ngày ${date}`,
    form: {
      title: 'Lên lịch họp Ban Chỉ đạo CCHC',
      required: 'Vui lòng điền mục này.',
      kind: 'Loại cuộc họp',
      date: 'Ngày họp',
      start: 'Giờ bắt đầu',
      duration: 'Thời lượng (phút)',
      place: 'Địa điểm',
      online: 'Họp trực tuyến qua Microsoft Teams',
      agenda: 'Nội dung (mỗi dòng một nội dung)',
      agendaPlaceholder: 'Đánh giá kết quả CCHC quý\nTriển khai nhiệm vụ tháng tới',
      invitees: 'Thành phần (họp nhóm: chọn thành viên)',
      inviteAll: 'Mời toàn thể thành viên Ban Chỉ đạo',
      submit: 'Gửi giấy mời',
      hint: 'Hoặc gõ một dòng: họp 05/12/2026 9:00 90 phút tại Phòng họp 2: nội dung 1; nội dung 2',
    },
    problems: {
      format: () => 'Chưa đọc được lịch họp. Gõ theo mẫu: họp 05/12/2026 9:00 90 phút tại Phòng họp 2: nội dung 1; nội dung 2 — hoặc gõ "họp" để mở phiếu.',
      date: (d) => `Ngày "${d}" không hợp lệ; vui lòng ghi theo dạng ngày/tháng/năm, ví dụ 05/12/2026.`,
      time: (d) => `Giờ "${d}" không hợp lệ; vui lòng ghi theo dạng giờ:phút, ví dụ 9:00 hoặc 14:30.`,
      duration: (d) => `Thời lượng "${d}" không hợp lệ; vui lòng ghi số phút, ví dụ 90 phút.`,
      'in-past': (d) => `Thời điểm ${d} đã qua; vui lòng chọn ngày giờ họp sắp tới. Chưa có gì được tạo.`,
      'end-before-start': () => 'Giờ kết thúc phải sau giờ bắt đầu và trong cùng ngày; vui lòng kiểm tra thời lượng. Chưa có gì được tạo.',
      'unknown-members': (d) => `Không có trong danh sách Ban Chỉ đạo: ${d}. Vui lòng chọn lại thành phần dự họp. Chưa có gì được tạo.`,
      'no-invitees': () => 'Chưa chọn thành phần dự họp; vui lòng mời toàn thể hoặc chọn thành viên. Chưa có gì được tạo.',
      kind: () => 'Loại cuộc họp phải là định kỳ, đột xuất hoặc họp nhóm.',
    },
    unavailable: 'Chức năng lịch họp chưa được cấu hình trên máy chủ này; vui lòng báo quản trị viên.',
    calendarFailed: 'Chưa tạo được cuộc họp: hệ thống lịch Outlook không phản hồi sau nhiều lần thử. Chưa có lịch Outlook, giấy mời hay thẻ họp nào được tạo. Vui lòng thử lại sau ít phút.',
    created: (subject, invited, reached) => `Đã tạo lịch "${subject}" trên Outlook và gửi giấy mời cho ${invited} thành viên (${reached} nhận được thẻ trên Teams).`,
    calendarInDoubt: 'Hệ thống lịch Outlook chưa xác nhận việc tạo lịch họp. Trợ lý sẽ tự hoàn tất cuộc họp này (chỉ một lịch Outlook, một bộ giấy mời) và gửi thẻ họp khi hệ thống phản hồi; Anh/Chị không cần tạo lại.',
    alreadyCreated: 'Cuộc họp này đã được tạo trước đó; không tạo thêm lịch mới.',
    fields: { time: 'Thời gian', place: 'Địa điểm', online: 'Trực tuyến', agenda: 'Nội dung', status: 'Trạng thái', reason: 'Lý do', opinions: 'Ý kiến bằng văn bản', substitute: 'Người dự thay', kind: 'Loại', attendsFor: 'Dự thay cho' },
    onlineYes: 'Có (Microsoft Teams)',
    onlineNo: 'Không',
    join: 'Tham gia trên Teams',
    attend: 'Tham dự',
    leave: 'Xin vắng',
    statusLabel: {
      none: 'Chưa trả lời',
      attending: 'Anh/Chị đã xác nhận tham dự',
      'leave-requested': 'Đã gửi đề nghị vắng mặt, chờ Trưởng Ban Chỉ đạo cho ý kiến',
      'leave-approved': 'Đã được đồng ý vắng mặt',
      'leave-refused': 'Không được đồng ý vắng mặt; đề nghị tham dự',
      cancelled: 'Cuộc họp đã hủy',
    },
    attendRecorded: 'Đã ghi nhận Anh/Chị tham dự.',
    notInvited: 'Anh/Chị không có trong thành phần cuộc họp này.',
    meetingClosed: 'Cuộc họp này đã hủy hoặc không còn nhận trả lời.',
    leaveTitle: 'Xin vắng mặt (điểm b khoản 1 Điều 6 Quy chế)',
    leaveReason: 'Lý do vắng mặt',
    leaveOpinions: 'Ý kiến bằng văn bản về các nội dung họp',
    leaveOpinionsHint: 'Theo Quy chế, thành viên vắng mặt phải gửi ý kiến bằng văn bản.',
    leaveSubstitute: (name) => `Cử cấp phó ${name} dự thay`,
    leaveSubmit: 'Gửi xin vắng',
    leaveRequired: 'Vui lòng nhập cả lý do vắng mặt và ý kiến bằng văn bản về nội dung họp (điểm b khoản 1 Điều 6 Quy chế).',
    leaveSent: (approver) => `Đã gửi đề nghị vắng mặt kèm ý kiến tới ${approver}; Anh/Chị sẽ nhận được quyết định tại đây.`,
    approvalTitle: (name) => `${name} xin vắng mặt`,
    approve: 'Đồng ý',
    refuse: 'Không đồng ý',
    decided: (name, approved) => `Đã ${approved ? 'đồng ý' : 'không đồng ý'} cho ${name} vắng mặt; đã báo lại thành viên.`,
    alreadyDecided: 'Đề nghị này đã được quyết định trước đó.',
    decisionToMember: (subject, approved, by) => (approved ? `${by} đã đồng ý cho Anh/Chị vắng mặt tại "${subject}". Ý kiến của Anh/Chị sẽ được báo cáo tại cuộc họp.` : `${by} không đồng ý cho Anh/Chị vắng mặt tại "${subject}"; đề nghị Anh/Chị bố trí tham dự.`),
    decisionToSecretary: (name, subject, approved, by) => `${by} đã ${approved ? 'đồng ý' : 'không đồng ý'} cho ${name} vắng mặt tại "${subject}".`,
    substituteInvited: (deputy, inCalendar) =>
      inCalendar ? ` ${deputy} dự thay; đã gửi giấy mời trên Outlook và thẻ họp trên Teams.` : ` ${deputy} dự thay; đã gửi thẻ họp trên Teams nhưng chưa thêm được vào lịch Outlook, vui lòng thêm thủ công.`,
    digestTitle: (subject) => `Tổng hợp thành phần: ${subject}`,
    digestAttending: 'Tham dự',
    digestApproved: 'Vắng có phép (kèm ý kiến)',
    digestPending: 'Xin vắng, chờ quyết định',
    digestRefused: 'Xin vắng không được đồng ý',
    digestNoAnswer: 'Chưa trả lời',
    absenceLine: (name, reason, opinions, substitute) => `${name} — lý do: ${reason}; ý kiến: ${opinions}${substitute ? `; dự thay: ${substitute}` : ''}`,
    changeUsage: 'Gõ: dời họp [05/12/2026 sang] 06/12/2026 14:00 [90 phút] [tại Phòng họp 1] — ghi ngày họp hiện tại trước "sang" khi có nhiều cuộc họp sắp tới.',
    cancelUsage: 'Gõ: hủy họp [05/12/2026] [lý do] — ghi ngày họp khi có nhiều cuộc họp sắp tới.',
    noUpcoming: 'Không có cuộc họp sắp tới nào để thay đổi.',
    noMeetingOn: (date) => `Không có cuộc họp sắp tới nào vào ${date}; chưa thay đổi gì.`,
    chooseTitle: { reschedule: 'Anh/Chị muốn dời cuộc họp nào?', cancel: 'Anh/Chị muốn hủy cuộc họp nào?' },
    severalUpcoming: (count) => `Có ${count} cuộc họp sắp tới; chưa thay đổi gì.`,
    chooseText: (example) => `Vui lòng gõ lại kèm ngày họp, ví dụ: ${example}`,
    upcomingHeading: 'Cuộc họp sắp tới',
    choiceLine: (when, kind, place) => `${when} (${kind})${place ? ` — ${place}` : ''}`,
    rescheduleExample: (selector) => `dời họp ${selector} sang 06/12/2026 14:00`,
    cancelExample: (selector) => `hủy họp ${selector} [lý do]`,
    rescheduledTitle: 'Thông báo dời lịch họp',
    rescheduled: (subject, when, place) => `"${subject}" được dời sang ${when}${place ? ` tại ${place}` : ''}.`,
    cancelledTitle: 'Thông báo hủy cuộc họp',
    cancelled: (subject, reason) => `"${subject}" đã bị hủy${reason ? `: ${reason}` : ''}.`,
    changeDone: (reached, total) => `Đã cập nhật lịch Outlook và báo cho ${reached}/${total} thành viên trên Teams.`,
    concludeTitle: 'Kết luận cuộc họp và giao nhiệm vụ',
    concludeMeeting: 'Cuộc họp',
    concludeText: 'Kết luận',
    concludeTask: (n) => `Nhiệm vụ ${n}`,
    concludeTaskContent: 'Nội dung nhiệm vụ',
    concludeTaskUnit: 'Đơn vị chủ trì',
    concludeTaskDeadline: 'Hạn hoàn thành',
    concludeSubmit: 'Gửi kết luận',
    noMeetingToConclude: 'Chưa có cuộc họp nào để gửi kết luận.',
    conclusionsRequired: 'Vui lòng nhập nội dung kết luận.',
    taskIncomplete: (n) => `Nhiệm vụ ${n} cần đủ nội dung, đơn vị chủ trì và hạn hoàn thành (ngày hợp lệ).`,
    alreadyConcluded: 'Kết luận của cuộc họp này đã được gửi; không gửi lại.',
    conclusionsTitle: (subject) => `Kết luận: ${subject}`,
    tasksHeading: 'Nhiệm vụ được giao',
    concluded: (members, tasks) => `Đã gửi kết luận tới ${members} thành viên và giao ${tasks} nhiệm vụ.`,
    taskTitle: 'Nhiệm vụ được giao theo kết luận cuộc họp',
    taskFields: { content: 'Nội dung', unit: 'Đơn vị chủ trì', deadline: 'Hạn', status: 'Tình trạng', progress: 'Tiến độ', meeting: 'Cuộc họp' },
    taskStatus: { open: 'Đang thực hiện', done: 'Hoàn thành' },
    taskProgressInput: 'Cập nhật tiến độ',
    taskDoneToggle: 'Hoàn thành',
    taskUpdate: 'Cập nhật',
    taskUpdated: 'Đã ghi nhận tiến độ.',
    taskCompleted: 'Đã ghi nhận nhiệm vụ hoàn thành.',
    taskNotFound: 'Không tìm thấy nhiệm vụ này.',
    tasksTitle: 'Nhiệm vụ đang thực hiện',
    tasksEmpty: 'Không có nhiệm vụ nào đang mở.',
    taskLine: (content, unit, deadline) => `${content} — ${unit} — hạn ${deadline}`,
    taskReminder: (daysLeft, deadline) =>
      daysLeft > 0 ? `Nhắc việc: còn ${daysLeft} ngày làm việc đến hạn ${deadline}.` : daysLeft === 0 ? `Nhắc việc: hôm nay (${deadline}) là hạn hoàn thành.` : `Nhắc việc: nhiệm vụ đã quá hạn ${deadline} (${-daysLeft} ngày làm việc).`,
  },
  en: {
    kinds: { regular: 'regular', adhoc: 'ad-hoc', group: 'group' },
    subject: (kind, date) => `CCHC Steering Committee meeting (${kind}) on ${date}`,
    form: {
      required: 'Please fill in this field.',
      title: 'Schedule a CCHC Steering Committee meeting',
      kind: 'Kind of meeting',
      date: 'Date',
      start: 'Start time',
      duration: 'Duration (minutes)',
      place: 'Place',
      online: 'Online Microsoft Teams meeting',
      agenda: 'Agenda (one item per line)',
      agendaPlaceholder: 'Quarterly CCHC results\nNext month tasks',
      invitees: 'Invitees (group meeting: choose members)',
      inviteAll: 'Invite all committee members',
      submit: 'Send invitations',
      hint: 'Or type one line: meeting 05/12/2026 9:00 90 minutes at Room 2: item 1; item 2',
    },
    problems: {
      format: () => 'I could not read the meeting. Type: meeting 05/12/2026 9:00 90 minutes at Room 2: item 1; item 2 — or type "meeting" for the form.',
      date: (d) => `"${d}" is not a valid date; use day/month/year, e.g. 05/12/2026.`,
      time: (d) => `"${d}" is not a valid time; use hours:minutes, e.g. 9:00 or 14:30.`,
      duration: (d) => `"${d}" is not a valid duration; give minutes, e.g. 90 minutes.`,
      'in-past': (d) => `${d} is in the past; choose a future date and time. Nothing was created.`,
      'end-before-start': () => 'The meeting must end after it starts, on the same day; check the duration. Nothing was created.',
      'unknown-members': (d) => `Not on the committee roster: ${d}. Choose the invitees again. Nothing was created.`,
      'no-invitees': () => 'No invitees; invite all members or choose some. Nothing was created.',
      kind: () => 'The kind must be regular, ad-hoc or group.',
    },
    unavailable: 'Meeting scheduling is not configured on this server; please tell the administrator.',
    calendarFailed: 'The meeting was not created: the Outlook calendar service did not answer after several attempts. No Outlook event, invitation or meeting card was created. Please try again in a few minutes.',
    created: (subject, invited, reached) => `Created "${subject}" in Outlook and invited ${count('en', invited, { one: 'member', other: 'members' })} (${reached} got the card in Teams).`,
    calendarInDoubt: 'The Outlook calendar service has not confirmed the meeting. The assistant will finish this meeting itself (one Outlook event, one set of invitations) and send the meeting cards once it answers; there is no need to create it again.',
    alreadyCreated: 'This meeting was already created; no second event was made.',
    fields: { time: 'Time', place: 'Place', online: 'Online', agenda: 'Agenda', status: 'Status', reason: 'Reason', opinions: 'Written opinions', substitute: 'Attending instead', kind: 'Kind', attendsFor: 'Attending in place of' },
    onlineYes: 'Yes (Microsoft Teams)',
    onlineNo: 'No',
    join: 'Join in Teams',
    attend: 'Attend',
    leave: 'Request leave',
    statusLabel: {
      none: 'No answer yet',
      attending: 'You confirmed you will attend',
      'leave-requested': "Leave requested, awaiting the chief's decision",
      'leave-approved': 'Leave approved',
      'leave-refused': 'Leave refused; please attend',
      cancelled: 'The meeting was cancelled',
    },
    attendRecorded: 'Your attendance is recorded.',
    notInvited: 'You are not invited to this meeting.',
    meetingClosed: 'This meeting was cancelled or no longer takes answers.',
    leaveTitle: 'Request leave (regulation art. 6(1)(b))',
    leaveReason: 'Reason',
    leaveOpinions: 'Written opinions on the agenda',
    leaveOpinionsHint: 'Under the regulation an absent member must send written opinions.',
    leaveSubstitute: (name) => `Send deputy ${name} instead`,
    leaveSubmit: 'Send request',
    leaveRequired: 'Please enter both the reason and your written opinions on the agenda (art. 6.1.b).',
    leaveSent: (approver) => `Your leave request with opinions went to ${approver}; the decision will come here.`,
    approvalTitle: (name) => `${name} asks leave`,
    approve: 'Approve',
    refuse: 'Refuse',
    decided: (name, approved) => `Leave for ${name} ${approved ? 'approved' : 'refused'}; the member was told.`,
    alreadyDecided: 'This request was already decided.',
    decisionToMember: (subject, approved, by) => (approved ? `${by} approved your absence from "${subject}". Your opinions will be reported at the meeting.` : `${by} refused your absence from "${subject}"; please attend.`),
    decisionToSecretary: (name, subject, approved, by) => `${by} ${approved ? 'approved' : 'refused'} the absence of ${name} from "${subject}".`,
    substituteInvited: (deputy, inCalendar) =>
      inCalendar ? ` ${deputy} attends instead; invited in Outlook and sent the meeting card in Teams.` : ` ${deputy} attends instead; sent the meeting card in Teams, but could not be added to the Outlook event — please add them by hand.`,
    digestTitle: (subject) => `Attendance digest: ${subject}`,
    digestAttending: 'Attending',
    digestApproved: 'Excused (with opinions)',
    digestPending: 'Leave requested, undecided',
    digestRefused: 'Leave refused',
    digestNoAnswer: 'No answer',
    absenceLine: (name, reason, opinions, substitute) => `${name} — reason: ${reason}; opinions: ${opinions}${substitute ? `; substitute: ${substitute}` : ''}`,
    changeUsage: 'Type: reschedule [05/12/2026 to] 06/12/2026 14:00 [90 minutes] [at Room 1] — name the current date before "to" when several meetings are upcoming.',
    cancelUsage: 'Type: cancel meeting [05/12/2026] [reason] — name the date when several meetings are upcoming.',
    noUpcoming: 'There is no upcoming meeting to change.',
    noMeetingOn: (date) => `There is no upcoming meeting on ${date}; nothing was changed.`,
    chooseTitle: { reschedule: 'Which meeting do you want to reschedule?', cancel: 'Which meeting do you want to cancel?' },
    severalUpcoming: (n) => `${count('en', n, { one: 'meeting is', other: 'meetings are' })} upcoming; nothing was changed.`,
    chooseText: (example) => `Type again with the meeting date, e.g. ${example}`,
    upcomingHeading: 'Upcoming meetings',
    choiceLine: (when, kind, place) => `${when} (${kind})${place ? ` — ${place}` : ''}`,
    rescheduleExample: (selector) => `reschedule ${selector} to 06/12/2026 14:00`,
    cancelExample: (selector) => `cancel meeting ${selector} [reason]`,
    rescheduledTitle: 'Meeting rescheduled',
    rescheduled: (subject, when, place) => `"${subject}" moved to ${when}${place ? ` at ${place}` : ''}.`,
    cancelledTitle: 'Meeting cancelled',
    cancelled: (subject, reason) => `"${subject}" was cancelled${reason ? `: ${reason}` : ''}.`,
    changeDone: (reached, total) => `Outlook updated; ${reached}/${count('en', total, { one: 'member', other: 'members' })} told in Teams.`,
    concludeTitle: 'Meeting conclusions and tasks',
    concludeMeeting: 'Meeting',
    concludeText: 'Conclusions',
    concludeTask: (n) => `Task ${n}`,
    concludeTaskContent: 'Task',
    concludeTaskUnit: 'Owner unit',
    concludeTaskDeadline: 'Deadline',
    concludeSubmit: 'Send conclusions',
    noMeetingToConclude: 'There is no meeting to conclude yet.',
    conclusionsRequired: 'Please enter the conclusions.',
    taskIncomplete: (n) => `Task ${n} needs its content, owner unit and a valid deadline.`,
    alreadyConcluded: 'The conclusions of this meeting were already sent; not sent again.',
    conclusionsTitle: (subject) => `Conclusions: ${subject}`,
    tasksHeading: 'Tasks assigned',
    concluded: (members, tasks) => `Conclusions sent to ${count('en', members, { one: 'member', other: 'members' })}; ${count('en', tasks, { one: 'task', other: 'tasks' })} assigned.`,
    taskTitle: 'Task assigned by meeting conclusions',
    taskFields: { content: 'Task', unit: 'Owner unit', deadline: 'Deadline', status: 'Status', progress: 'Progress', meeting: 'Meeting' },
    taskStatus: { open: 'In progress', done: 'Done' },
    taskProgressInput: 'Progress update',
    taskDoneToggle: 'Completed',
    taskUpdate: 'Update',
    taskUpdated: 'Progress recorded.',
    taskCompleted: 'Task recorded as completed.',
    taskNotFound: 'Task not found.',
    tasksTitle: 'Open tasks',
    tasksEmpty: 'There are no open tasks.',
    taskLine: (content, unit, deadline) => `${content} — ${unit} — due ${deadline}`,
    taskReminder: (daysLeft, deadline) =>
      daysLeft > 0 ? `Reminder: ${daysLeft} working days left until ${deadline}.` : daysLeft === 0 ? `Reminder: today (${deadline}) is the deadline.` : `Reminder: the task is overdue since ${deadline} (${-daysLeft} working days).`,
  },
};
