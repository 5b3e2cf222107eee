import { count, pluralForm } from './plural.ts';
import type { FieldProblem } from '../domain/cycles/validate-answers.ts';
import type { UnitState } from '../domain/cycles/unit-status.ts';
import type { CycleState } from '../domain/cycles/cycle.ts';
import type { TaskStatus } from '../domain/cycles/submission.ts';
import type { UnitDutyId } from '../domain/cycles/unit-duties.ts';
import type { Catalogue } from './locale.ts';

interface CycleStrings {
  badQuarter: (text: string) => string;
  badDeadline: (text: string) => string;
  deadlineInPast: (date: string) => string;
  opened: (label: string, deadline: string, count: number) => string;
  alreadyOpen: (label: string, state: string, deadline: string) => string;
  noCycle: string;
  cycleStates: Record<CycleState, string>;
  unitStates: Record<UnitState, string>;
  taskStatuses: Record<TaskStatus, string>;
  form: {
    title: (label: string) => string;
    unit: string;
    area: string;
    period: string;
    dataWindow: string;
    deadline: string;
    topic: string;
    resultLabel: (area: string) => string;
    resultPlaceholder: string;
    resultRequired: string;
    taskStatus: string;
    plan: {
      title: (year: number) => string;
      illustrative: string;
      none: (year: number) => string;
      noTasks: (year: number, period: string) => string;
      /** Not "2. …": a TextBlock starting with a number and a dot renders as a Markdown list and drops the number. */
      heading: (number: string, content: string) => string;
      details: (t: { area: string; due: string; lead: boolean; output: string; overdue: boolean }) => string;
      status: (number: string) => string;
      result: (number: string, lead: boolean) => string;
      resultPlaceholder: string;
      receiptLabel: (number: string, content: string) => string;
    };
    duties: { title: string; labels: Record<UnitDutyId, string> };
    otherArea: { title: string; area: string; placeholder: string; text: string; receipt: (area: string) => string };
    indicators: {
      title: string;
      note: string;
      label: (label: string, unit: string) => string;
      placeholder: string;
      error: string;
    };
    difficulties: string;
    proposals: string;
    nextQuarterTasks: string;
    evidence: string;
    evidencePlaceholder: string;
    answerRequired: string;
    submit: string;
    edit: string;
    onBehalf: (head: string) => string;
  };
  problems: (p: FieldProblem, label: string) => string;
  problemsIntro: string;
  receipt: {
    title: (label: string) => string;
    version: string;
    at: string;
    timeliness: string;
    onTime: string;
    late: string;
    by: string;
    unchanged: string;
  };
  cycleNotFound: string;
  notTarget: string;
  closedForSubmissions: (state: string) => string;
  progress: {
    title: (label: string) => string;
    sent: (done: number, total: number) => string;
    undelivered: string;
    reasons: Record<'no-reference' | 'blocked' | 'failed', string>;
    finished: string;
    more: (n: number) => string;
  };
  status: {
    title: (label: string) => string;
    deadline: string;
    state: string;
    columns: { unit: string; head: string; state: string; at: string; version: string };
    totals: (t: { total: number; submitted: number; late: number; deputy: number; missing: number }) => string;
    more: (n: number) => string;
  };
  preview: {
    title: (label: string) => string;
    submitted: string;
    late: string;
    missing: string;
    areas: string;
    send: string;
    later: string;
    nothing: string;
  };
  compileRefused: (state: string) => string;
  laterAck: string;
  sent: (to: string) => string;
  written: (path: string) => string;
  alreadySent: (at: string) => string;
  mailQueued: (error: string) => string;
  mailSubject: (label: string) => string;
  noChief: string;
  adhoc: {
    title: string;
    topic: string;
    topicRequired: string;
    questions: string;
    questionsPlaceholder: string;
    questionsRequired: string;
    deadline: string;
    deadlineRequired: string;
    targets: string;
    allUnits: string;
    create: string;
    tooManyQuestions: (max: number) => string;
    unknownUnits: string;
    created: (topic: string, count: number) => string;
  };
}

/** Strings of the reporting cycle: opening, the form, status, compiling and sending. */
export const CYCLE: Catalogue<CycleStrings> = {
  vi: {
    badQuarter: (t) => `Trợ lý chưa hiểu kỳ báo cáo "${t}". Ví dụ đúng: "mở báo cáo quý IV/2026 hạn 10/12/2026".`,
    badDeadline: (t) => `Hạn nộp "${t}" không phải ngày hợp lệ. Vui lòng ghi theo dạng ngày/tháng/năm, ví dụ: 10/12/2026.`,
    deadlineInPast: (d) => `Hạn nộp ${d} đã qua. Vui lòng chọn hạn nộp từ hôm nay trở đi.`,
    opened: (label, deadline, count) => `Đã mở kỳ báo cáo ${label}, hạn nộp ${deadline}. Đang gửi phiếu báo cáo đến ${count} đơn vị…`,
    alreadyOpen: (label, state, deadline) => `Kỳ báo cáo ${label} đã được mở trước đó (${state}, hạn nộp ${deadline}); không mở thêm kỳ mới. Anh/Chị gõ "tình hình" để theo dõi tiến độ.`,
    noCycle: 'Chưa có kỳ báo cáo nào. Ủy viên thường trực gõ "mở báo cáo quý" để mở kỳ mới.',
    cycleStates: { open: 'đang mở', closed: 'đã hết hạn nộp', compiled: 'đã tổng hợp', sent: 'đã gửi Trưởng Ban Chỉ đạo' },
    unitStates: { missing: 'Chưa nộp', submitted: 'Đã nộp', late: 'Nộp trễ hạn', deputy: 'Vắng – cấp phó nộp' },
    taskStatuses: { done: 'Hoàn thành', 'in-progress': 'Đang thực hiện', 'not-started': 'Chưa thực hiện' },
    form: {
      title: (label) => `Báo cáo kết quả thực hiện công tác CCHC — ${label}`,
      unit: 'Đơn vị',
      area: 'Lĩnh vực phụ trách',
      period: 'Kỳ báo cáo',
      dataWindow: 'Thời gian chốt số liệu',
      deadline: 'Hạn nộp',
      topic: 'Chủ đề',
      resultLabel: (area) => `Kết quả thực hiện nhiệm vụ CCHC — ${area}`,
      resultPlaceholder: 'Nêu kết quả, số liệu cụ thể trong kỳ…',
      resultRequired: 'Vui lòng nhập kết quả thực hiện của ít nhất một lĩnh vực.',
      taskStatus: 'Tiến độ nhiệm vụ được giao (Phụ lục 2A)',
      plan: {
        title: (year) => `Nhiệm vụ theo Kế hoạch CCHC năm ${year} (Phụ lục 2A)`,
        illustrative: 'Kế hoạch minh họa (dữ liệu mẫu, không phải kế hoạch chính thức).',
        none: (year) => `Chưa có Kế hoạch CCHC năm ${year} trên Trợ lý nên phiếu không liệt kê nhiệm vụ; Anh/Chị nêu tiến độ các nhiệm vụ được giao trong phần kết quả theo lĩnh vực.`,
        noTasks: (year, period) => `Đơn vị không có nhiệm vụ nào trong Kế hoạch CCHC năm ${year} đến hạn hoặc đang thực hiện trong ${period}.`,
        heading: (number, content) => `Nhiệm vụ ${number}: ${content}`,
        details: (t) => `${t.lead ? 'Chủ trì' : 'Phối hợp'} · Lĩnh vực: ${t.area} · Hạn: ${t.due}${t.overdue ? ' (quá hạn)' : ''} · Sản phẩm: ${t.output}`,
        status: (number) => `Tình trạng nhiệm vụ ${number}`,
        result: (number, lead) => (lead ? `Kết quả nhiệm vụ ${number}` : `Kết quả phối hợp thực hiện nhiệm vụ ${number}`),
        resultPlaceholder: 'Kết quả, sản phẩm đạt được (ngắn gọn)…',
        receiptLabel: (number, content) => `Nhiệm vụ ${number}: ${content}`,
      },
      duties: {
        title: 'Nhiệm vụ chung của mọi đơn vị',
        labels: { 'tuyen-truyen': 'Tuyên truyền, phân công thực hiện nhiệm vụ CCHC trong nội bộ đơn vị (Điều 2.3 Quy chế)' },
      },
      otherArea: {
        title: 'Kết quả ở lĩnh vực ngoài danh sách được phân công (không bắt buộc)',
        area: 'Lĩnh vực khác',
        placeholder: 'Chọn lĩnh vực',
        text: 'Kết quả ở lĩnh vực khác',
        receipt: (area) => `${area} (ngoài lĩnh vực được phân công)`,
      },
      indicators: {
        title: 'Số liệu chủ yếu trong kỳ',
        note: 'Ghi số nguyên (ví dụ 1250 hoặc 1.250); để trống chỉ tiêu đơn vị không có số liệu.',
        label: (label, unit) => `${label} (${unit})`,
        placeholder: 'Số nguyên, ví dụ 1250',
        error: 'Vui lòng ghi số nguyên không âm.',
      },
      difficulties: 'Khó khăn – vướng mắc',
      proposals: 'Đề xuất – kiến nghị',
      nextQuarterTasks: 'Nhiệm vụ trọng tâm quý tới',
      evidence: 'Tài liệu kiểm chứng (đường dẫn)',
      evidencePlaceholder: 'Mỗi dòng một đường dẫn https://…',
      answerRequired: 'Vui lòng trả lời câu hỏi này.',
      submit: 'Gửi báo cáo',
      edit: 'Sửa báo cáo',
      onBehalf: (head) => `Anh/Chị đang báo cáo thay trưởng đơn vị ${head} (đang vắng mặt).`,
    },
    problems: (p, label) =>
      ({
        required: `"${label}" là bắt buộc.`,
        tooLong: `"${label}" vượt quá ${p.limit} ký tự.`,
        badUrl: `"${label}" phải là các đường dẫn bắt đầu bằng https:// hoặc http://, mỗi dòng một đường dẫn.`,
        tooMany: `"${label}" chỉ nhận tối đa ${p.limit} đường dẫn.`,
        badChoice: `"${label}" có lựa chọn không hợp lệ.`,
        notWholeNumber: `"${label}" phải là số nguyên không âm, ví dụ 1250 hoặc 1.250.`,
        atLeastOneArea: 'Vui lòng nhập kết quả thực hiện ở ít nhất một lĩnh vực.',
      })[p.problem],
    problemsIntro: 'Báo cáo chưa được lưu vì:',
    receipt: {
      title: (label) => `Đã nhận báo cáo CCHC — ${label}`,
      version: 'Phiên bản',
      at: 'Thời gian nộp',
      timeliness: 'Thời hạn',
      onTime: 'Đúng hạn',
      late: 'Trễ hạn',
      by: 'Người nộp',
      unchanged: 'Nội dung không đổi so với lần nộp trước; không tạo phiên bản mới.',
    },
    cycleNotFound: 'Không tìm thấy kỳ báo cáo của phiếu này.',
    notTarget: 'Đơn vị này không thuộc danh sách được yêu cầu báo cáo trong kỳ.',
    closedForSubmissions: (state) => `Kỳ báo cáo ${state} nên không nhận thêm báo cáo. Vui lòng liên hệ Ủy viên thường trực.`,
    progress: {
      title: (label) => `Gửi phiếu báo cáo ${label}`,
      sent: (done, total) => `Đã gửi ${done}/${total} đơn vị`,
      undelivered: 'Chưa gửi được:',
      reasons: {
        'no-reference': 'người nhận chưa cài đặt hoặc chưa mở Trợ lý trên Teams; Trợ lý sẽ tự gửi lại khi người nhận mở Trợ lý',
        blocked: 'người nhận đã chặn Trợ lý',
        failed: 'lỗi kết nối Teams; Trợ lý sẽ thử gửi lại',
      },
      finished: 'Đã gửi xong.',
      more: (n) => `và ${n} đơn vị khác`,
    },
    status: {
      title: (label) => `Tình hình nộp báo cáo ${label}`,
      deadline: 'Hạn nộp',
      state: 'Trạng thái kỳ',
      columns: { unit: 'Đơn vị', head: 'Trưởng đơn vị', state: 'Tình trạng', at: 'Thời gian', version: 'Bản' },
      totals: (t) => `Tổng: ${t.total} đơn vị — đã nộp ${t.submitted}, nộp trễ hạn ${t.late}, cấp phó nộp ${t.deputy}, chưa nộp ${t.missing}`,
      more: (n) => `(Thẻ chỉ liệt kê các đơn vị cần chú ý trước; còn ${n} đơn vị không hiển thị.)`,
    },
    preview: {
      title: (label) => `Xem trước báo cáo tổng hợp ${label}`,
      submitted: 'Đã nộp',
      late: 'Nộp trễ hạn',
      missing: 'Chưa nộp',
      areas: 'Số ý kiến theo lĩnh vực',
      send: 'Soạn báo cáo tổng hợp',
      later: 'Để soạn sau',
      nothing: 'không có',
    },
    compileRefused: (state) => `Kỳ báo cáo ${state} nên không tổng hợp lại.`,
    laterAck: 'Đã lưu bản tổng hợp. Khi sẵn sàng, Anh/Chị gõ "dự thảo" để soạn báo cáo tổng hợp và trình ký.',
    sent: (to) => `Đã gửi báo cáo tổng hợp đến ${to} qua Outlook.`,
    written: (path) => `Chưa kết nối hộp thư Outlook nên thư được lưu thành tệp: ${path}`,
    alreadySent: (at) => `Báo cáo này đã được gửi lúc ${at}; không gửi lần thứ hai.`,
    mailQueued: (error) => `Chưa gửi được thư (${error}). Thư được giữ trong hộp thư đi và sẽ tự gửi lại; Trợ lý sẽ báo Anh/Chị khi thư được gửi đi.`,
    mailSubject: (label) => `Báo cáo kết quả CCHC ${label}`,
    noChief: 'Danh sách Ban Chỉ đạo chưa có Trưởng Ban Chỉ đạo nên chưa gửi được báo cáo.',
    adhoc: {
      title: 'Yêu cầu báo cáo đột xuất',
      topic: 'Chủ đề',
      topicRequired: 'Vui lòng nhập chủ đề.',
      questions: 'Câu hỏi (mỗi dòng một câu)',
      questionsPlaceholder: 'Ví dụ: Số hồ sơ TTHC trễ hạn trong tháng?',
      questionsRequired: 'Vui lòng nhập ít nhất một câu hỏi.',
      deadline: 'Hạn nộp',
      deadlineRequired: 'Vui lòng chọn hạn nộp.',
      targets: 'Đơn vị được yêu cầu báo cáo (để trống: tất cả các đơn vị)',
      allUnits: 'Tất cả đơn vị',
      create: 'Gửi yêu cầu',
      tooManyQuestions: (max) => `Tối đa ${max} câu hỏi.`,
      unknownUnits: 'Có đơn vị không thuộc danh sách Ban Chỉ đạo; vui lòng chọn lại.',
      created: (topic, count) => `Đã gửi yêu cầu báo cáo đột xuất "${topic}" đến ${count} đơn vị.`,
    },
  },
  en: {
    badQuarter: (t) => `I could not read the period "${t}". Example: "open quarterly IV/2026 due 10/12/2026".`,
    badDeadline: (t) => `The deadline "${t}" is not a valid date. Write it as day/month/year, e.g. 10/12/2026.`,
    deadlineInPast: (d) => `The deadline ${d} has passed. Choose today or a later day.`,
    opened: (label, deadline, n) => `Opened the ${label} report, due ${deadline}. Sending the form to ${count('en', n, { one: 'unit', other: 'units' })}…`,
    alreadyOpen: (label, state, deadline) => `The ${label} report was opened already (${state}, due ${deadline}); no second cycle was created. Type "status" to follow it.`,
    noCycle: 'There is no report cycle yet. The standing member types "open quarterly" to open one.',
    cycleStates: { open: 'open', closed: 'past the deadline', compiled: 'compiled', sent: 'sent to the chief' },
    unitStates: { missing: 'Not submitted', submitted: 'Submitted', late: 'Late', deputy: 'Head absent – deputy submitted' },
    taskStatuses: { done: 'Done', 'in-progress': 'In progress', 'not-started': 'Not started' },
    form: {
      title: (label) => `Administrative reform (CCHC) report — ${label}`,
      unit: 'Unit',
      area: 'Area of responsibility',
      period: 'Period',
      dataWindow: 'Data period',
      deadline: 'Due',
      topic: 'Topic',
      resultLabel: (area) => `Results — ${area}`,
      resultPlaceholder: 'Results and figures for the period…',
      resultRequired: 'Please enter results (at least one area is required).',
      taskStatus: 'Progress of assigned tasks (Appendix 2A)',
      plan: {
        title: (year) => `Tasks of the ${year} CCHC plan (Appendix 2A)`,
        illustrative: 'Illustrative plan (sample data, not an official plan).',
        none: (year) => `There is no ${year} CCHC plan in the assistant, so no tasks are listed; please describe the progress of assigned tasks in the results by area.`,
        noTasks: (year, period) => `The unit has no task of the ${year} CCHC plan due or in progress in ${period}.`,
        heading: (number, content) => `Task ${number}: ${content}`,
        details: (t) => `${t.lead ? 'Lead' : 'Cooperating'} · Area: ${t.area} · Due: ${t.due}${t.overdue ? ' (overdue)' : ''} · Output: ${t.output}`,
        status: (number) => `Status of task ${number}`,
        result: (number, lead) => (lead ? `Result of task ${number}` : `Result of the unit's part in task ${number}`),
        resultPlaceholder: 'What was achieved or delivered (briefly)…',
        receiptLabel: (number, content) => `Task ${number}: ${content}`,
      },
      duties: {
        title: 'Duties of every unit',
        labels: { 'tuyen-truyen': 'Communicating and assigning the CCHC work within the unit (Article 2.3 of the rules)' },
      },
      otherArea: {
        title: 'Results in an area outside the assigned list (optional)',
        area: 'Other area',
        placeholder: 'Choose an area',
        text: 'Results in the other area',
        receipt: (area) => `${area} (outside the assigned areas)`,
      },
      indicators: {
        title: 'Key figures for the period',
        note: 'Whole numbers (e.g. 1250 or 1.250); leave a figure empty when the unit has none.',
        label: (label, unit) => `${label} (${unit})`,
        placeholder: 'Whole number, e.g. 1250',
        error: 'Please enter a whole number of 0 or more.',
      },
      difficulties: 'Difficulties',
      proposals: 'Proposals',
      nextQuarterTasks: 'Key tasks next quarter',
      evidence: 'Evidence (links)',
      evidencePlaceholder: 'One https://… link per line',
      answerRequired: 'Please answer this question.',
      submit: 'Submit report',
      edit: 'Edit report',
      onBehalf: (head) => `You are reporting for the unit head ${head}, who is absent.`,
    },
    problems: (p, label) =>
      ({
        required: `"${label}" is required.`,
        tooLong: `"${label}" is longer than ${p.limit} characters.`,
        badUrl: `"${label}" must be links starting with https:// or http://, one per line.`,
        tooMany: `"${label}" takes at most ${p.limit} links.`,
        badChoice: `"${label}" has an invalid choice.`,
        notWholeNumber: `"${label}" must be a whole number of 0 or more, e.g. 1250 or 1.250.`,
        atLeastOneArea: 'Please enter results for at least one area.',
      })[p.problem],
    problemsIntro: 'The report was not saved because:',
    receipt: {
      title: (label) => `CCHC report received — ${label}`,
      version: 'Version',
      at: 'Submitted at',
      timeliness: 'Timeliness',
      onTime: 'On time',
      late: 'Late',
      by: 'Submitted by',
      unchanged: 'Same content as the previous submission; no new version was created.',
    },
    cycleNotFound: 'The report cycle of this card was not found.',
    notTarget: 'This unit was not asked to report in this cycle.',
    closedForSubmissions: (state) => `The report cycle is ${state}, so no more reports are accepted. Please contact the standing member.`,
    progress: {
      title: (label) => `Sending the ${label} report forms`,
      sent: (done, total) => `Sent to ${done}/${count('en', total, { one: 'unit', other: 'units' })}`,
      undelivered: 'Not delivered:',
      reasons: {
        'no-reference': 'the recipient has not installed or opened the assistant in Teams yet; the form will be resent when they do',
        blocked: 'the recipient blocked the assistant',
        failed: 'Teams connection error; the assistant will retry',
      },
      finished: 'Sending finished.',
      more: (n) => `and ${n} more ${pluralForm('en', n, { one: 'unit', other: 'units' })}`,
    },
    status: {
      title: (label) => `Report status — ${label}`,
      deadline: 'Due',
      state: 'Cycle state',
      columns: { unit: 'Unit', head: 'Head', state: 'State', at: 'Time', version: 'Ver.' },
      totals: (t) => `Total: ${count('en', t.total, { one: 'unit', other: 'units' })} — submitted ${t.submitted}, late ${t.late}, by deputy ${t.deputy}, missing ${t.missing}`,
      more: (n) => `(Units needing attention are listed first; ${n} more are not shown.)`,
    },
    preview: {
      title: (label) => `Preview of the compiled report — ${label}`,
      submitted: 'Submitted',
      late: 'Late',
      missing: 'Missing',
      areas: 'Contributions per area',
      send: 'Draft the compiled report',
      later: 'Later',
      nothing: 'none',
    },
    compileRefused: (state) => `The report cycle is ${state}, so it is not compiled again.`,
    laterAck: 'The compiled report is saved. When ready, type "draft report" to write the synthesis and submit it for signature.',
    sent: (to) => `The compiled report was emailed to ${to} through Outlook.`,
    written: (path) => `No Outlook mailbox is connected, so the mail was saved as a file: ${path}`,
    alreadySent: (at) => `This report was already sent at ${at}; it is not sent twice.`,
    mailQueued: (error) => `The mail could not be sent yet (${error}). It stays in the outbox and will be retried; you will be told when it is sent.`,
    mailSubject: (label) => `Báo cáo kết quả CCHC ${label}`,
    noChief: 'The roster has no chief to send the report to.',
    adhoc: {
      title: 'Ad-hoc report request',
      topic: 'Topic',
      topicRequired: 'Please enter a topic.',
      questions: 'Questions (one per line)',
      questionsPlaceholder: 'e.g. How many procedures were late this month?',
      questionsRequired: 'Please enter at least one question.',
      deadline: 'Due',
      deadlineRequired: 'Please choose a deadline.',
      targets: 'Units asked to report (leave empty for all units)',
      allUnits: 'All units',
      create: 'Send request',
      tooManyQuestions: (max) => `At most ${count('en', max, { one: 'question', other: 'questions' })}.`,
      unknownUnits: 'Some units are not on the committee.',
      created: (topic, n) => `Sent the ad-hoc report request "${topic}" to ${count('en', n, { one: 'unit', other: 'units' })}.`,
    },
  },
};
