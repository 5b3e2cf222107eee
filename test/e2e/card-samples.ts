/**
 * Sample data for every Adaptive Card template in cards/, used by the card gallery test to render
 * each template once in the Playground. Labels come from the product's own Vietnamese catalogues;
 * the data switches on the optional parts (errors, notes, lists, buttons) so each branch renders.
 */
import { COMMON } from '../../src/i18n/common-strings.ts';
import { CYCLE } from '../../src/i18n/cycle-strings.ts';
import { MEETING } from '../../src/i18n/meeting-strings.ts';
import { YEAR_CARD_SAMPLES } from './year-card-samples.ts';
import { INSPECTION_CARD_SAMPLES } from './inspection-card-samples.ts';
import { POLL } from '../../src/i18n/poll-strings.ts';
import { DOCUMENTS } from '../../src/i18n/document-strings.ts';
import { SYNTHESIS } from '../../src/i18n/synthesis-strings.ts';
import { CHANNEL } from '../../src/i18n/channel-strings.ts';

/** Data for one template and a text the rendered card must show (proves it rendered, not only arrived). */
export interface CardSample {
  data: Record<string, unknown>;
  shows: string;
}

const cycle = CYCLE.vi;
const meeting = MEETING.vi;
const common = COMMON.vi;
const poll = POLL.vi;
const POLL_CHOICES = poll.defaultOptions.map((title, i) => ({ title, value: String(i) }));
const synthesis = SYNTHESIS.vi;
const channel = CHANNEL.vi;

const UNITS = [
  { id: 'tong-hop', name: 'Phòng Tổng hợp' },
  { id: 'kinh-te', name: 'Phòng Kinh tế' },
  { id: 'van-xa', name: 'Phòng Văn xã' },
];
const MEMBERS = [
  { id: 'truong-tong-hop', name: 'Nguyễn Văn Tổng Hợp' },
  { id: 'truong-kinh-te', name: 'Trịnh Minh Kinh Tế' },
];
const MEETING_SUBJECT = meeting.subject(meeting.kinds.regular, '05/12/2026');
const MEETING_FACTS = [
  { label: meeting.fields.time, value: '09:00 – 10:30, 05/12/2026' },
  { label: meeting.fields.place, value: 'Phòng họp 2' },
  { label: meeting.fields.online, value: meeting.onlineYes },
];
const AGENDA = ['1. Đánh giá kết quả CCHC quý IV/2026', '2. Triển khai nhiệm vụ năm 2027'];

/** One sample per template name (file name in cards/ without .json). */
export const CARD_SAMPLES: Record<string, CardSample> = {
  'adhoc-request': {
    data: {
      labels: cycle.adhoc,
      errors: ['Vui lòng chọn ít nhất một đơn vị.'],
      topic: 'Kết quả số hóa hồ sơ thủ tục hành chính',
      questions: 'Số hồ sơ đã số hóa?\nKhó khăn gặp phải?',
      deadline: '2026-12-15',
      targets: 'tong-hop,kinh-te',
      units: UNITS,
      token: 'a1b2c3d4e5f6',
    },
    shows: cycle.adhoc.title,
  },
  'conclusion-form': {
    data: {
      title: meeting.concludeTitle,
      labels: { meeting: meeting.concludeMeeting, text: meeting.concludeText, content: meeting.concludeTaskContent, unit: meeting.concludeTaskUnit, deadline: meeting.concludeTaskDeadline, submit: meeting.concludeSubmit, required: meeting.form.required },
      meetings: [{ id: 'm-2026-12-05', title: MEETING_SUBJECT }],
      defaultMeeting: 'm-2026-12-05',
      units: UNITS,
      taskRows: [1, 2].map((n) => ({ n, heading: meeting.concludeTask(n) })),
      formToken: 'f0e1d2c3b4a5',
    },
    shows: meeting.concludeTitle,
  },
  'cycle-progress': {
    data: {
      title: cycle.progress.title('Quý IV/2026'),
      counter: cycle.progress.sent(11, 12),
      finished: cycle.progress.finished,
      undeliveredTitle: cycle.progress.undelivered,
      undelivered: [{ unit: 'Phòng Tổng hợp', head: 'Nguyễn Văn Tổng Hợp', reason: cycle.progress.reasons['no-reference'] }],
    },
    shows: cycle.progress.sent(11, 12),
  },
  'channel-board': {
    data: {
      title: channel.board.title('Quý IV/2026'),
      facts: [
        { label: channel.board.deadline, value: '10/12/2026' },
        { label: channel.board.state, value: cycle.cycleStates.open },
        { label: channel.board.daysLeft, value: channel.board.daysLeftValue(7) },
        { label: channel.board.lastReminder, value: channel.board.lastReminderValue('08:30 07/12/2026', 2) },
      ],
      rows: [
        { unit: 'Phòng Tổng hợp', state: cycle.unitStates.submitted, color: 'Good' },
        { unit: 'Phòng Kinh tế', state: channel.board.overdue, color: 'Attention' },
      ],
      totals: channel.board.totals({ total: 2, reported: 1, missing: 1 }),
      more: channel.board.more(3),
      note: channel.formSent('Phòng Kinh tế'),
      forYou: channel.board.forYou,
      cycleId: '2026-q4',
      reportButtons: [{ unitId: 'kinh-te', title: channel.board.reportFor('Phòng Kinh tế') }],
      showRemind: true,
      showCompile: true,
      remindLabel: channel.board.remind,
      compileLabel: channel.board.compile,
    },
    shows: channel.board.reportFor('Phòng Kinh tế'),
  },
  'cycle-status': {
    data: {
      title: cycle.status.title('Quý IV/2026'),
      facts: [
        { label: cycle.status.deadline, value: '10/12/2026' },
        { label: cycle.status.state, value: cycle.cycleStates.open },
      ],
      columns: cycle.status.columns,
      rows: [
        { unit: 'Phòng Tổng hợp', head: 'Nguyễn Văn Tổng Hợp', state: cycle.unitStates.submitted, color: 'Good', at: '09:15 28/11/2026', version: '2' },
        { unit: 'Phòng Kinh tế', head: 'Trịnh Minh Kinh Tế', state: cycle.unitStates.missing, color: 'Attention', at: '—', version: '—' },
      ],
      totals: cycle.status.totals({ total: 2, submitted: 1, late: 0, deputy: 0, missing: 1 }),
    },
    shows: cycle.status.title('Quý IV/2026'),
  },
  // escalation: literal labels, its feature (reminders/escalation) was still being written.
  escalation: {
    data: {
      title: 'Đơn vị quá hạn nộp báo cáo Quý IV/2026',
      intro: 'Các đơn vị sau đã quá hạn nộp báo cáo CCHC và đã được nhắc tối đa số lần theo Quy chế.',
      facts: [
        { label: 'Hạn nộp', value: '10/12/2026' },
        { label: 'Số đơn vị', value: '2' },
      ],
      columns: { unit: 'Đơn vị', head: 'Trưởng đơn vị' },
      rows: [
        { unit: 'Phòng Kinh tế', head: 'Trịnh Minh Kinh Tế' },
        { unit: 'Phòng Văn xã', head: 'Hồ Văn Xã' },
      ],
      footer: 'Gõ "tình hình" để xem chi tiết.',
    },
    shows: 'Đơn vị quá hạn nộp báo cáo Quý IV/2026',
  },
  help: {
    data: {
      title: common.helpTitle,
      intro: common.helpIntro('Trần Thị Thường Trực'),
      commands: Object.values(common.commands).slice(0, 6),
      guest: common.helpGuest,
    },
    shows: common.helpTitle,
  },
  // history-report and stats: literal labels, their catalogue (src/i18n/history-strings.ts) was still being written.
  'history-report': {
    data: {
      title: 'Báo cáo tổng hợp Quý III/2026',
      subject: 'Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026',
      facts: [
        { label: 'Trạng thái', value: 'Đã gửi Trưởng Ban Chỉ đạo lúc 09:00 20/09/2026' },
        { label: 'Đã nộp', value: '12/12' },
        { label: 'Nộp trễ hạn', value: '1' },
      ],
      areasTitle: 'Số ý kiến theo lĩnh vực',
      areas: [{ title: 'Cải cách thủ tục hành chính', count: '9' }],
      file: 'Tệp báo cáo: data/state/reports/2026-q3.docx',
      status: '',
      mailable: true,
      mailLabel: 'Gửi bản .docx qua email',
      cycleId: '2026-q3',
    },
    shows: 'Báo cáo tổng hợp Quý III/2026',
  },
  stats: {
    data: {
      title: 'Thống kê nộp báo cáo 4 quý gần nhất',
      facts: [{ label: 'Giai đoạn', value: 'Quý I/2026, Quý II/2026, Quý III/2026, Quý IV/2026' }],
      columns: { unit: 'Đơn vị', onTime: 'Đúng hạn', late: 'Muộn', missing: 'Chưa nộp', meanDelay: 'Trễ trung bình (ngày)' },
      rows: [
        { unit: 'Phòng Tổng hợp', onTime: '4', late: '0', missing: '0', meanDelay: '—' },
        { unit: 'Phòng Kinh tế', onTime: '2', late: '1', missing: '1', meanDelay: '2,5' },
      ],
      totals: 'Tổng: đúng hạn 6, muộn 1, chưa nộp 1',
      attendanceTitle: 'Dự họp Ban Chỉ đạo',
      attendanceColumns: { member: 'Thành viên', present: 'Có mặt', excused: 'Vắng có phép', absent: 'Vắng không phép' },
      attendance: [{ member: 'Nguyễn Văn Tổng Hợp', present: '2', excused: '1', absent: '0' }],
      noMeetings: '',
      status: '',
      exportLabel: 'Xuất CSV',
      quarters: '4',
      lastQuarter: '2026-q4',
      initiativesTitle: 'Sáng kiến được công nhận năm 2026',
      initiativesSummary: '1 sáng kiến của 1 đơn vị.',
      initiativesByUnit: [{ unit: 'Phòng Kinh tế', lines: ['Phiếu hẹn trả kết quả điện tử — Nguyễn Văn An (công nhận 16/11/2026)'] }],
    },
    shows: 'Sáng kiến được công nhận năm 2026',
  },
  'meeting-approval': {
    data: {
      title: meeting.approvalTitle('Trịnh Minh Kinh Tế'),
      facts: [
        { label: meeting.fields.time, value: MEETING_SUBJECT },
        { label: meeting.fields.reason, value: 'Đi công tác tại Hà Nội' },
        { label: meeting.fields.opinions, value: 'Thống nhất với dự thảo báo cáo.' },
        { label: meeting.fields.substitute, value: 'Lý Thu Phó Kinh Tế' },
      ],
      status: '',
      approveLabel: meeting.approve,
      refuseLabel: meeting.refuse,
      meetingId: 'm-2026-12-05',
      memberId: 'truong-kinh-te',
      open: true,
    },
    shows: meeting.approvalTitle('Trịnh Minh Kinh Tế'),
  },
  'meeting-form': {
    data: {
      title: meeting.form.title,
      labels: meeting.form,
      kinds: (['regular', 'adhoc', 'group'] as const).map((k) => ({ value: k, title: meeting.kinds[k] })),
      members: MEMBERS,
      formToken: '0a1b2c3d4e5f',
    },
    shows: meeting.form.title,
  },
  'meeting-info': {
    data: {
      title: meeting.digestTitle(MEETING_SUBJECT),
      text: meeting.rescheduled(MEETING_SUBJECT, '14:00 06/12/2026', 'Phòng họp 1'),
      facts: MEETING_FACTS,
      sections: [
        { heading: meeting.digestAttending, items: ['Lê Văn Trưởng Ban', 'Nguyễn Văn Tổng Hợp'] },
        { heading: meeting.digestApproved, items: [meeting.absenceLine('Trịnh Minh Kinh Tế', 'Đi công tác', 'Thống nhất', 'Lý Thu Phó Kinh Tế')] },
      ],
    },
    shows: meeting.digestTitle(MEETING_SUBJECT),
  },
  'meeting-invite': {
    data: {
      title: MEETING_SUBJECT,
      facts: MEETING_FACTS,
      agendaLabel: meeting.fields.agenda,
      agenda: AGENDA,
      status: meeting.statusLabel.none,
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_example%40thread.v2/0',
      joinLabel: meeting.join,
      attendLabel: meeting.attend,
      leaveLabel: meeting.leave,
      meetingId: 'm-2026-12-05',
      open: true,
    },
    shows: MEETING_SUBJECT,
  },
  'meeting-leave': {
    data: {
      title: meeting.leaveTitle,
      subject: MEETING_SUBJECT,
      agenda: AGENDA,
      reasonLabel: meeting.leaveReason,
      requiredMessage: meeting.leaveRequired,
      opinionsLabel: meeting.leaveOpinions,
      opinionsHint: meeting.leaveOpinionsHint,
      substituteLabel: meeting.leaveSubstitute('Lý Thu Phó Kinh Tế'),
      substituteId: 'pho-kinh-te',
      submitLabel: meeting.leaveSubmit,
      meetingId: 'm-2026-12-05',
    },
    shows: meeting.leaveTitle,
  },
  // reminder: literal labels, its feature (src/features/reminders) was still being written.
  reminder: {
    data: {
      title: 'Nhắc hạn nộp báo cáo CCHC Quý IV/2026',
      color: 'Warning',
      message: 'Phòng Tổng hợp chưa nộp báo cáo; còn 2 ngày làm việc đến hạn.',
      facts: [
        { label: 'Đơn vị', value: 'Phòng Tổng hợp' },
        { label: 'Hạn nộp', value: '10/12/2026' },
      ],
      note: 'Nhắc theo Điều 9 Quy chế; Anh/Chị sẽ không nhận lại tin nhắc này sau khi nộp báo cáo.',
      openLabel: 'Mở phiếu báo cáo',
      cycleId: '2026-q4',
      unitId: 'tong-hop',
    },
    shows: 'Nhắc hạn nộp báo cáo CCHC Quý IV/2026',
  },
  'report-form': {
    data: {
      title: cycle.form.title('Quý IV/2026'),
      facts: [
        { label: cycle.form.unit, value: 'Phòng Tổng hợp' },
        { label: cycle.form.period, value: 'Quý IV/2026' },
        { label: cycle.form.deadline, value: '10/12/2026' },
      ],
      onBehalfNote: cycle.form.onBehalf('Nguyễn Văn Tổng Hợp'),
      errors: [cycle.problems({ field: 'areas', problem: 'atLeastOneArea' }, '')],
      errorsIntro: cycle.problemsIntro,
      fields: [
        { id: 'area_chi-dao-dieu-hanh', label: cycle.form.resultLabel('Công tác chỉ đạo, điều hành cải cách hành chính'), placeholder: cycle.form.resultPlaceholder, maxLength: 4000, value: '', required: true, errorMessage: cycle.form.resultRequired },
        { id: 'area_tthc', label: cycle.form.resultLabel('Cải cách thủ tục hành chính'), placeholder: cycle.form.resultPlaceholder, maxLength: 4000, value: 'Hoàn thành 95% hồ sơ trực tuyến', required: false, errorMessage: cycle.form.resultRequired },
      ],
      quarterly: true,
      labels: cycle.form,
      planTitle: cycle.form.plan.title(2026),
      planNote: cycle.form.plan.illustrative,
      tasks: [
        {
          heading: cycle.form.plan.heading('2', 'Báo cáo kết quả CCHC hằng quý, 6 tháng, năm đúng hạn'),
          details: cycle.form.plan.details({ area: 'Công tác chỉ đạo, điều hành cải cách hành chính', due: '15/12/2026', lead: true, output: 'Báo cáo', overdue: false }),
          lead: true,
          statusId: 'task_t-2_status',
          statusLabel: cycle.form.plan.status('2'),
          status: 'in-progress',
          resultId: 'task_t-2_result',
          resultLabel: cycle.form.plan.result('2', true),
          result: 'Đã gửi báo cáo quý III đúng hạn',
        },
        {
          heading: cycle.form.plan.heading('10', 'Tuyên truyền về cải cách hành chính trên Cổng thông tin'),
          details: cycle.form.plan.details({ area: 'Công tác chỉ đạo, điều hành cải cách hành chính', due: '31/12/2026', lead: false, output: 'Tin, bài', overdue: false }),
          lead: false,
          statusId: 'task_t-10_status',
          statusLabel: cycle.form.plan.status('10'),
          status: 'not-started',
          resultId: 'task_t-10_result',
          resultLabel: cycle.form.plan.result('10', false),
          result: '',
        },
      ],
      taskResultPlaceholder: cycle.form.plan.resultPlaceholder,
      dutiesTitle: cycle.form.duties.title,
      duties: [{ id: 'duty_tuyen-truyen', label: cycle.form.duties.labels['tuyen-truyen'], value: 'Quán triệt kế hoạch CCHC tại cuộc họp giao ban.' }],
      otherAreaLabels: cycle.form.otherArea,
      otherAreaChoices: [
        { title: 'Cải cách thể chế', value: 'the-che' },
        { title: 'Cải cách tài chính công', value: 'tai-chinh-cong' },
      ],
      otherArea: 'the-che',
      otherAreaText: 'Góp ý dự thảo quy chế phối hợp.',
      indicatorsTitle: cycle.form.indicators.title,
      indicatorsNote: cycle.form.indicators.note,
      indicatorInputs: [
        { id: 'ind_tthc-tiep-nhan', label: cycle.form.indicators.label('Số hồ sơ thủ tục hành chính tiếp nhận', 'hồ sơ'), value: '1.250' },
        { id: 'ind_tin-bai-tuyen-truyen', label: cycle.form.indicators.label('Số tin, bài tuyên truyền về cải cách hành chính', 'tin, bài'), value: '' },
      ],
      indicatorPlaceholder: cycle.form.indicators.placeholder,
      indicatorError: cycle.form.indicators.error,
      taskChoices: (['done', 'in-progress', 'not-started'] as const).map((value) => ({ value, title: cycle.taskStatuses[value] })),
      difficulties: '',
      proposals: '',
      nextQuarterTasks: '',
      evidence: 'https://vanphong.example.gov.vn/cchc/q4-2026.pdf',
      cycleId: '2026-q4',
      unitId: 'tong-hop',
    },
    shows: cycle.form.title('Quý IV/2026'),
  },
  'report-preview': {
    data: {
      title: cycle.preview.title('Quý IV/2026'),
      facts: [
        { label: cycle.preview.submitted, value: '11/12' },
        { label: cycle.preview.late, value: '1' },
        { label: cycle.preview.missing, value: 'Phòng Đô thị' },
      ],
      areasTitle: cycle.preview.areas,
      areas: [
        { title: 'Cải cách thể chế', count: '4' },
        { title: 'Cải cách thủ tục hành chính', count: '7' },
      ],
      status: '',
      sendable: true,
      sendLabel: cycle.preview.send,
      laterLabel: cycle.preview.later,
      cycleId: '2026-q4',
    },
    shows: cycle.preview.title('Quý IV/2026'),
  },
  'report-receipt': {
    data: {
      title: cycle.receipt.title('Quý IV/2026'),
      facts: [
        { label: cycle.form.unit, value: 'Phòng Tổng hợp' },
        { label: cycle.receipt.version, value: '1' },
        { label: cycle.receipt.timeliness, value: cycle.receipt.onTime },
      ],
      note: cycle.receipt.unchanged,
      sections: [{ label: 'Công tác chỉ đạo, điều hành cải cách hành chính', text: 'Ban hành kế hoạch CCHC năm 2027.' }],
      editable: true,
      editLabel: cycle.form.edit,
      cycleId: '2026-q4',
      unitId: 'tong-hop',
    },
    shows: cycle.receipt.title('Quý IV/2026'),
  },
  'task-card': {
    data: {
      title: meeting.taskTitle,
      notice: 'Còn 2 ngày đến hạn.',
      facts: [
        { label: meeting.taskFields.content, value: 'Rà soát quy trình nội bộ giải quyết TTHC' },
        { label: meeting.taskFields.unit, value: 'Phòng Kinh tế' },
        { label: meeting.taskFields.deadline, value: '20/12/2026' },
        { label: meeting.taskFields.status, value: meeting.taskStatus.open },
      ],
      progress: ['01/12/2026 Trịnh Minh Kinh Tế: Đã rà soát 5/12 quy trình'],
      progressLabel: meeting.taskProgressInput,
      doneLabel: meeting.taskDoneToggle,
      updateLabel: meeting.taskUpdate,
      taskId: 't-0001',
      open: true,
    },
    shows: meeting.taskTitle,
  },
  documents: {
    data: {
      title: DOCUMENTS.vi.title,
      intro: DOCUMENTS.vi.intro(2),
      openLabel: DOCUMENTS.vi.open,
      documents: [
        { label: `15/12/2026 · ${DOCUMENTS.vi.kinds.report} — Quý IV/2026`, ref: 'report:2026-q4' },
        { label: `01/12/2026 · ${DOCUMENTS.vi.kinds.invitation} — ${MEETING_SUBJECT}`, ref: 'invitation:m-2026-12-05' },
      ],
    },
    shows: DOCUMENTS.vi.title,
  },
  'document-view': {
    data: {
      title: `${DOCUMENTS.vi.kinds.invitation} — ${MEETING_SUBJECT}`,
      facts: MEETING_FACTS,
      linesLabel: DOCUMENTS.vi.agenda,
      lines: AGENDA,
      status: DOCUMENTS.vi.fileAt('data/state/outbox/bao-cao-quy-iv-2026.docx'),
    },
    shows: DOCUMENTS.vi.agenda,
  },
  'poll-vote': {
    data: {
      title: poll.cardTitle,
      question: 'Thông qua dự thảo Kế hoạch CCHC năm 2027',
      facts: [
        { label: poll.deadlineLabel, value: '10/12/2026' },
        { label: poll.askedByLabel, value: 'Trần Văn Trưởng Ban' },
      ],
      choiceLabel: poll.choiceLabel,
      chooseOne: poll.chooseOne,
      choice: '0',
      choices: POLL_CHOICES,
      commentLabel: poll.commentLabel,
      commentHint: poll.commentHint,
      comment: 'Đề nghị bổ sung chỉ tiêu chuyển đổi số.',
      status: poll.recorded('10/12/2026'),
      submitLabel: poll.submit,
      pollId: 'p-0001',
      open: true,
    },
    shows: poll.cardTitle,
  },
  'poll-result': {
    data: {
      title: poll.resultTitle,
      question: 'Thông qua dự thảo Kế hoạch CCHC năm 2027',
      counts: [poll.optionCount('Đồng ý', 9, 16), poll.optionCount('Không đồng ý', 2, 16), poll.optionCount('Ý kiến khác', 1, 16)],
      majority: poll.majority('Đồng ý', 9, 16),
      notAnsweredLabel: poll.notAnsweredLabel(4),
      notAnswered: 'Nguyễn Văn Tổng Hợp, Trịnh Minh Kinh Tế',
      commentsLabel: poll.commentsLabel,
      comments: ['Trịnh Minh Kinh Tế (Ý kiến khác): Đề nghị bổ sung chỉ tiêu chuyển đổi số.'],
      onBehalfNote: poll.onBehalfNote,
      decisionLabel: poll.decisionLabel,
      chooseOne: poll.chooseOne,
      suggested: '0',
      choices: POLL_CHOICES,
      reasonLabel: poll.reasonLabel,
      reasonHint: poll.reasonHint,
      status: '',
      decideLabel: poll.decide,
      pollId: 'p-0001',
      open: true,
    },
    shows: poll.resultTitle,
  },
  'synthesis-draft': {
    data: {
      title: synthesis.draftTitle('Quý IV/2026'),
      facts: [
        { label: synthesis.facts.state, value: synthesis.states.returned },
        { label: synthesis.facts.version, value: '3' },
      ],
      returns: [synthesis.returnedWith('Lê Văn Trưởng Ban', '11/12/2026 10:00', 'Bổ sung số liệu hồ sơ trực tuyến.')],
      figuresTitle: cycle.form.indicators.title,
      figures: [
        { label: cycle.form.indicators.label('Số hồ sơ thủ tục hành chính tiếp nhận', 'hồ sơ'), value: '12.480 (6/7)' },
        { label: cycle.form.indicators.label('Số hồ sơ thủ tục hành chính tiếp nhận trực tuyến', 'hồ sơ'), value: '7.015 (6/7)' },
      ],
      errorsIntro: synthesis.problems.intro,
      errors: [synthesis.problems.required(synthesis.sections.strengths)],
      fields: [
        { id: 'strengths', label: synthesis.sections.strengths, value: 'Các đơn vị hoàn thành đúng hạn.', maxLength: 6000 },
        { id: 'limitations', label: synthesis.sections.limitations, value: '', maxLength: 6000 },
      ],
      docxNote: synthesis.docxReceived('bao-cao-quy-iv.docx', 3),
      historyTitle: synthesis.facts.version,
      history: [synthesis.versionLine(3, '11/12/2026 09:00', 'Trần Thị Thường Trực', 'docx')],
      status: synthesis.saved(3),
      editable: true,
      saveLabel: synthesis.save,
      submitLabel: synthesis.submit,
      downloadLabel: synthesis.downloadDocx,
      docxHint: synthesis.docxHint,
      cycleId: '2026-q4',
    },
    shows: synthesis.draftTitle('Quý IV/2026'),
  },
  'synthesis-approval': {
    data: {
      title: synthesis.approvalTitle('Quý IV/2026'),
      notice: synthesis.notice('Trần Thị Thường Trực', 'Quý IV/2026'),
      onBehalfNote: synthesis.onBehalfNote,
      facts: [{ label: synthesis.facts.by, value: 'Trần Thị Thường Trực' }],
      sections: [{ label: synthesis.sections.strengths, text: 'Các đơn vị hoàn thành đúng hạn.' }],
      errors: [synthesis.badNumber('15/BC')],
      decidable: true,
      numberLabel: synthesis.numberLabel,
      numberHint: synthesis.numberHint,
      number: '15/BC',
      commentsLabel: synthesis.comments,
      commentsHint: synthesis.commentsHint,
      comments: '',
      status: '',
      approveLabel: synthesis.approve,
      returnLabel: synthesis.giveBack,
      cycleId: '2026-q4',
    },
    shows: synthesis.approvalTitle('Quý IV/2026'),
  },
  'synthesis-sent': {
    data: {
      title: synthesis.sentTitle('Quý IV/2026'),
      notice: synthesis.sentNotice('Quý IV/2026', '1', 'Ban Chỉ đạo CCHC Thành phố'),
      facts: [{ label: synthesis.facts.number, value: '1' }],
      status: synthesis.copySent('vanxa@vanphong.example.gov.vn'),
      copyLabel: synthesis.openCopy,
      cycleId: '2026-q4',
    },
    shows: synthesis.sentTitle('Quý IV/2026'),
  },
  whoami: {
    data: {
      title: common.whoamiTitle,
      facts: [
        { label: common.whoamiFields.name, value: 'Nguyễn Văn Tổng Hợp' },
        { label: common.whoamiFields.roles, value: common.roles.unitHead },
        { label: common.whoamiFields.units, value: 'Phòng Tổng hợp' },
      ],
    },
    shows: common.whoamiTitle,
  },
  ...YEAR_CARD_SAMPLES,
  ...INSPECTION_CARD_SAMPLES,
};
