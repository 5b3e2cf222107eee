import type { EntryProblemKind } from '../domain/self-assessment/score-entry.ts';
import type { ReviewRefusal } from '../domain/self-assessment/self-assessment.ts';
import type { SynthesisRefusal, SynthesisState } from '../domain/synthesis/synthesis.ts';
import type { Catalogue } from './locale.ts';
import { count } from './plural.ts';

interface SelfAssessmentStrings {
  /** Points as the language writes them: "0,75" / "0.75". */
  points: (n: number) => string;
  noCriteria: (year: number) => string;
  deadlineRequired: (year: number) => string;
  badDeadline: (text: string) => string;
  deadlineInPast: (date: string) => string;
  badArgs: (text: string) => string;
  alreadyOpen: (year: number, deadline: string) => string;
  opened: (year: number, deadline: string, sent: number, total: number) => string;
  undelivered: (names: string) => string;
  notOpen: (year: number) => string;
  closed: (year: number) => string;
  notYourUnit: string;
  illustrative: string;
  form: {
    title: (year: number) => string;
    intro: (unit: string, deadline: string) => string;
    unit: string;
    deadline: string;
    maximum: string;
    state: string;
    notScored: string;
    version: (version: number, at: string, by: string) => string;
    rule: string;
    evidenceAsked: string;
    evidenceRequired: string;
    scoreLabel: (max: string, step: string) => string;
    explanationLabel: string;
    evidenceLabel: string;
    evidenceHint: string;
    reviewedAs: (points: string, note: string) => string;
    submit: string;
    errorsIntro: string;
  };
  problem: (criterionId: string, kind: EntryProblemKind, detail: string | undefined, max: string, step: string) => string;
  saved: (version: number) => string;
  unchanged: string;
  submittedNotice: (unit: string, year: number, version: number) => string;
  review: {
    title: (unit: string, year: number) => string;
    intro: (unit: string, version: number, by: string) => string;
    claimed: (points: string, max: string) => string;
    explanation: string;
    evidence: string;
    none: string;
    scoreLabel: (max: string) => string;
    noteLabel: string;
    submit: string;
    done: (accepted: number, adjusted: number) => string;
    unchanged: string;
  };
  reviewRefusal: (reason: ReviewRefusal, criterionId: string | undefined) => string;
  badReviewScore: (criterionId: string, max: string, step: string) => string;
  reviewedNotice: (year: number, accepted: number, adjusted: number) => string;
  adjustedLine: (criterionId: string, from: string, to: string, note: string) => string;
  scores: {
    title: (year: number) => string;
    unitTitle: (unit: string, year: number) => string;
    summary: (scored: number, total: number, points: string, max: string, percent: string) => string;
    deadline: (date: string) => string;
    columns: { area: string; scored: string; points: string };
    unitsTitle: string;
    unitLine: (unit: string, state: string) => string;
    unitStates: { none: string; scored: (version: number) => string; reviewed: (version: number) => string };
    claimed: string;
    counted: string;
    note: string;
    notScored: string;
    pendingReview: string;
    compile: string;
  };
  reminder: (year: number, unit: string, deadline: string, workingDaysLeft: number) => string;
  escalation: (year: number, deadline: string, units: string) => string;
  jobs: { reminder: (year: number, unit: string) => string; escalation: (year: number) => string };
  report: {
    title: (year: number) => string;
    subject: (year: number) => string;
    states: Record<SynthesisState, string>;
    facts: { total: string; percent: string; lastYear: string; scored: string; state: string; number: string };
    assessmentLabel: string;
    proposalsLabel: string;
    submit: string;
    approve: string;
    giveBack: string;
    numberLabel: string;
    commentsLabel: string;
    notice: (by: string, year: number) => string;
    submitted: (to: string) => string;
    returned: (to: string) => string;
    returnedNotice: (by: string, year: number, comments: string) => string;
    approved: (number: string) => string;
    mailSent: (to: string) => string;
    mailWritten: string;
    mailQueued: string;
    alreadySent: (at: string) => string;
    files: (paths: string) => string;
    notCompiled: string;
    noDecisionMaker: string;
    notDecisionMaker: string;
    badNumber: (text: string) => string;
    refusals: Record<SynthesisRefusal, string>;
    mailSubject: (year: number, number: string) => string;
    mailBody: (year: number, number: string) => string;
  };
}

const viPoints = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const enPoints = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** The PAR-index self-assessment: opening, the unit's card, review, the table, the report for signature. */
export const SELF_ASSESSMENT: Catalogue<SelfAssessmentStrings> = {
  vi: {
    points: viPoints,
    noCriteria: (y) => `Chưa có bộ tiêu chí tự chấm điểm năm ${y} (tệp data/par-criteria/${y}.json). Vui lòng bổ sung bộ tiêu chí trước khi mở tự chấm điểm.`,
    deadlineRequired: (y) => `Vui lòng ghi hạn chấm điểm, ví dụ: "tự chấm điểm ${y} hạn 15/12/${y}".`,
    badDeadline: (t) => `Hạn "${t}" không phải ngày hợp lệ. Vui lòng ghi theo dạng ngày/tháng/năm, ví dụ: 15/12/2026.`,
    deadlineInPast: (d) => `Hạn ${d} đã qua. Vui lòng chọn một ngày từ hôm nay trở đi.`,
    badArgs: (t) => `Trợ lý chưa hiểu "${t}". Ví dụ đúng: "tự chấm điểm 2026 hạn 15/12/2026".`,
    alreadyOpen: (y, d) => `Tự chấm điểm chỉ số CCHC năm ${y} đã được mở, hạn ${d}. Gõ "điểm ${y}" để xem tình hình chấm điểm.`,
    opened: (y, d, sent, total) => `Đã mở tự chấm điểm chỉ số CCHC năm ${y}, hạn ${d}: đã gửi phiếu chấm điểm đến ${sent}/${total} đơn vị.`,
    undelivered: (names) => `Chưa gửi được đến: ${names} (phiếu sẽ được gửi khi thành viên cài đặt ứng dụng hoặc nhắn tin cho Trợ lý).`,
    notOpen: (y) => `Tự chấm điểm chỉ số CCHC năm ${y} chưa được mở.`,
    closed: (y) => `Bảng tự chấm điểm năm ${y} đã được tổng hợp; không sửa điểm được nữa.`,
    notYourUnit: 'Anh/Chị không chấm điểm cho đơn vị này.',
    illustrative: 'Bộ tiêu chí minh họa, không phải bộ tiêu chí chính thức của Thành phố.',
    form: {
      title: (y) => `Phiếu tự chấm điểm chỉ số CCHC năm ${y}`,
      intro: (u, d) => `Kính gửi ${u}: đề nghị đơn vị tự chấm điểm các tiêu chí được phân công dưới đây, nêu giải trình và tài liệu kiểm chứng, trước ngày ${d}.`,
      unit: 'Đơn vị',
      deadline: 'Hạn chấm điểm',
      maximum: 'Điểm tối đa',
      state: 'Tình trạng',
      notScored: 'Chưa chấm điểm',
      version: (v, at, by) => `Đã gửi phiên bản ${v} lúc ${at} (${by})`,
      rule: 'Cách chấm',
      evidenceAsked: 'Tài liệu kiểm chứng',
      evidenceRequired: 'bắt buộc có đường dẫn',
      scoreLabel: (max, step) => `Điểm tự chấm (0 – ${max}, bước ${step})`,
      explanationLabel: 'Giải trình',
      evidenceLabel: 'Đường dẫn tài liệu kiểm chứng (https, mỗi dòng một đường dẫn)',
      evidenceHint: 'https://…',
      reviewedAs: (p, note) => `Ủy viên thường trực ghi nhận: ${p} điểm${note ? ` — ${note}` : ''}`,
      submit: 'Gửi kết quả tự chấm điểm',
      errorsIntro: 'Chưa gửi được, vui lòng sửa:',
    },
    problem: (id, kind, detail, max, step) =>
      ({
        'score-missing': `Tiêu chí ${id}: chưa có điểm tự chấm.`,
        'score-not-number': `Tiêu chí ${id}: điểm phải là một số (ví dụ 0,5).`,
        'score-negative': `Tiêu chí ${id}: điểm không được nhỏ hơn 0.`,
        'score-above-max': `Tiêu chí ${id}: điểm vượt điểm tối đa ${max}.`,
        'score-off-step': `Tiêu chí ${id}: điểm phải theo bước ${step}.`,
        'explanation-missing': `Tiêu chí ${id}: chưa có giải trình.`,
        'explanation-too-long': `Tiêu chí ${id}: giải trình quá dài.`,
        'evidence-missing': `Tiêu chí ${id}: bắt buộc có đường dẫn tài liệu kiểm chứng.`,
        'evidence-not-https': `Tiêu chí ${id}: "${detail ?? ''}" không phải đường dẫn https.`,
        'evidence-too-many': `Tiêu chí ${id}: quá nhiều đường dẫn (tối đa 10).`,
      })[kind],
    saved: (v) => `Đã nhận kết quả tự chấm điểm (phiên bản ${v}). Anh/Chị có thể sửa và gửi lại trước hạn.`,
    unchanged: 'Kết quả không thay đổi so với phiên bản đã gửi.',
    submittedNotice: (u, y, v) => `${u} đã gửi kết quả tự chấm điểm năm ${y} (phiên bản ${v}); đề nghị Anh/Chị xem xét.`,
    review: {
      title: (u, y) => `Xem xét kết quả tự chấm điểm năm ${y} — ${u}`,
      intro: (u, v, by) => `${u} gửi phiên bản ${v} (${by}). Giữ nguyên điểm để ghi nhận, hoặc sửa điểm và nêu lý do.`,
      claimed: (p, max) => `Đơn vị tự chấm: ${p}/${max} điểm`,
      explanation: 'Giải trình',
      evidence: 'Tài liệu kiểm chứng',
      none: 'Không có',
      scoreLabel: (max) => `Điểm ghi nhận (0 – ${max})`,
      noteLabel: 'Ý kiến (bắt buộc khi sửa điểm)',
      submit: 'Ghi nhận kết quả xem xét',
      done: (a, d) => `Đã ghi nhận: ${count('vi', a, { other: 'tiêu chí' })} giữ nguyên, ${count('vi', d, { other: 'tiêu chí' })} điều chỉnh; đơn vị đã được thông báo.`,
      unchanged: 'Kết quả xem xét không thay đổi.',
    },
    reviewRefusal: (reason, id) =>
      ({
        'not-scored': 'Đơn vị chưa gửi kết quả tự chấm điểm.',
        'note-required': `Tiêu chí ${id ?? ''}: khi điều chỉnh điểm cần nêu ý kiến.`,
        'stale-version': 'Đơn vị đã gửi phiên bản mới; vui lòng xem xét phiên bản mới nhất (thẻ mới đã được gửi).',
      })[reason],
    badReviewScore: (id, max, step) => `Tiêu chí ${id}: điểm ghi nhận phải từ 0 đến ${max}, theo bước ${step}.`,
    reviewedNotice: (y, a, d) => `Ủy viên thường trực đã xem xét kết quả tự chấm điểm năm ${y} của đơn vị: ${count('vi', a, { other: 'tiêu chí' })} giữ nguyên, ${count('vi', d, { other: 'tiêu chí' })} điều chỉnh.`,
    adjustedLine: (id, from, to, note) => `Tiêu chí ${id}: ${from} → ${to} điểm. Ý kiến: ${note}`,
    scores: {
      title: (y) => `Kết quả tự chấm điểm chỉ số CCHC năm ${y}`,
      unitTitle: (u, y) => `Điểm tự chấm năm ${y} — ${u}`,
      summary: (sc, t, p, max, pct) => `Đã chấm ${sc}/${t} tiêu chí; ${p}/${max} điểm (${pct}%).`,
      deadline: (d) => `Hạn chấm điểm: ${d}`,
      columns: { area: 'Lĩnh vực', scored: 'Tiêu chí đã chấm', points: 'Điểm / tối đa' },
      unitsTitle: 'Các đơn vị',
      unitLine: (u, st) => `${u}: ${st}`,
      unitStates: { none: 'chưa chấm', scored: (v) => `đã chấm (phiên bản ${v}), chờ xem xét`, reviewed: (v) => `đã chấm (phiên bản ${v}), đã xem xét` },
      claimed: 'Tự chấm',
      counted: 'Ghi nhận',
      note: 'Ý kiến',
      notScored: 'chưa chấm',
      pendingReview: 'chờ xem xét',
      compile: 'Tổng hợp bảng tự chấm điểm',
    },
    reminder: (y, u, d, left) =>
      left > 0
        ? `Nhắc việc: ${u} chưa gửi kết quả tự chấm điểm chỉ số CCHC năm ${y}; hạn ${d}, còn ${count('vi', left, { other: 'ngày làm việc' })}.`
        : left === 0
          ? `Nhắc việc: hôm nay (${d}) là hạn gửi kết quả tự chấm điểm chỉ số CCHC năm ${y} của ${u}.`
          : `Nhắc việc: ${u} đã quá hạn ${count('vi', -left, { other: 'ngày làm việc' })} gửi kết quả tự chấm điểm chỉ số CCHC năm ${y} (hạn ${d}).`,
    escalation: (y, d, units) => `Quá hạn ${d}, các đơn vị sau chưa gửi kết quả tự chấm điểm chỉ số CCHC năm ${y}: ${units}. Đề nghị đôn đốc.`,
    jobs: { reminder: (y, u) => `tự chấm điểm ${y} — nhắc ${u}`, escalation: (y) => `tự chấm điểm ${y} — báo đơn vị quá hạn` },
    report: {
      title: (y) => `Báo cáo tự chấm điểm chỉ số CCHC năm ${y}`,
      subject: (y) => `Kết quả tự chấm điểm chỉ số cải cách hành chính năm ${y}`,
      states: { draft: 'Dự thảo', submitted: 'Đang trình ký', returned: 'Trả lại kèm ý kiến', approved: 'Đã duyệt' },
      facts: { total: 'Tổng điểm tự chấm', percent: 'Tỷ lệ', lastYear: 'Năm trước', scored: 'Tiêu chí đã chấm', state: 'Tình trạng', number: 'Số' },
      assessmentLabel: 'Đánh giá chung (ưu điểm, hạn chế)',
      proposalsLabel: 'Giải pháp, kiến nghị',
      submit: 'Trình ký',
      approve: 'Duyệt',
      giveBack: 'Trả lại kèm ý kiến',
      numberLabel: 'Số văn bản (để trống: số tiếp theo trong năm)',
      commentsLabel: 'Ý kiến',
      notice: (by, y) => `${by} trình ký Báo cáo tự chấm điểm chỉ số CCHC năm ${y}.`,
      submitted: (to) => `Đã trình ký: ${to}.`,
      returned: (to) => `Đã trả lại ${to} kèm ý kiến.`,
      returnedNotice: (by, y, c) => `${by} trả lại Báo cáo tự chấm điểm năm ${y} kèm ý kiến: ${c}`,
      approved: (n) => `Đã duyệt, số ${n}.`,
      mailSent: (to) => `Đã gửi đến ${to}.`,
      mailWritten: 'Đã ghi thư vào hộp thư đi cục bộ (chế độ chạy thử).',
      mailQueued: 'Thư chưa gửi được; Trợ lý sẽ tự gửi lại.',
      alreadySent: (at) => `Báo cáo đã được gửi lúc ${at}; không gửi lần thứ hai.`,
      files: (p) => `Tệp: ${p}`,
      notCompiled: 'Bảng tự chấm điểm của năm này chưa được tổng hợp.',
      noDecisionMaker: 'Chưa có Trưởng Ban Chỉ đạo trong danh sách để trình ký.',
      notDecisionMaker: 'Chỉ Trưởng Ban Chỉ đạo (hoặc Phó Trưởng Ban khi được ủy quyền) duyệt báo cáo này.',
      badNumber: (t) => `Số "${t}" không hợp lệ: chỉ ghi phần số (ví dụ 15), không ghi "/BC-VP".`,
      refusals: {
        'awaiting-approval': 'Báo cáo đang trình ký; chờ Trưởng Ban Chỉ đạo cho ý kiến.',
        'already-approved': 'Báo cáo đã được duyệt.',
        'not-submitted': 'Báo cáo chưa được trình ký.',
        'comments-required': 'Vui lòng nêu ý kiến khi trả lại.',
      },
      mailSubject: (y, n) => `Báo cáo số ${n} về kết quả tự chấm điểm chỉ số CCHC năm ${y}`,
      mailBody: (y, n) => `Văn phòng kính gửi Báo cáo số ${n} về kết quả tự chấm điểm chỉ số cải cách hành chính năm ${y} và bảng tự chấm điểm kèm theo.`,
    },
  },
  en: {
    points: enPoints,
    noCriteria: (y) => `There is no self-assessment criteria set for ${y} (file data/par-criteria/${y}.json). Add the set before opening the self-assessment.`,
    deadlineRequired: (y) => `Please give a deadline, for example: "self-assessment ${y} due 15/12/${y}".`,
    badDeadline: (t) => `Deadline "${t}" is not a valid date. Please write day/month/year, for example 15/12/2026.`,
    deadlineInPast: (d) => `The deadline ${d} has passed. Please choose today or a later day.`,
    badArgs: (t) => `The assistant did not understand "${t}". Example: "self-assessment 2026 due 15/12/2026".`,
    alreadyOpen: (y, d) => `The ${y} PAR-index self-assessment is already open, due ${d}. Type "score ${y}" to see how scoring stands.`,
    opened: (y, d, sent, total) => `The ${y} PAR-index self-assessment is open, due ${d}: the scoring card went to ${sent}/${total} units.`,
    undelivered: (names) => `Not delivered yet to: ${names} (the card goes out when the member installs the app or writes to the assistant).`,
    notOpen: (y) => `The ${y} PAR-index self-assessment has not been opened.`,
    closed: (y) => `The ${y} self-assessment table has been compiled; scores can no longer be changed.`,
    notYourUnit: 'You do not score for this unit.',
    illustrative: 'Illustrative criteria set, not the official set of the City.',
    form: {
      title: (y) => `PAR-index self-assessment ${y}`,
      intro: (u, d) => `To ${u}: please score the criteria assigned to your unit below, with an explanation and evidence, by ${d}.`,
      unit: 'Unit',
      deadline: 'Deadline',
      maximum: 'Maximum',
      state: 'Status',
      notScored: 'Not scored yet',
      version: (v, at, by) => `Version ${v} sent at ${at} (${by})`,
      rule: 'Scoring rule',
      evidenceAsked: 'Evidence',
      evidenceRequired: 'a link is required',
      scoreLabel: (max, step) => `Self-score (0 – ${max}, step ${step})`,
      explanationLabel: 'Explanation',
      evidenceLabel: 'Evidence links (https, one per line)',
      evidenceHint: 'https://…',
      reviewedAs: (p, note) => `Standing member's review: ${p} points${note ? ` — ${note}` : ''}`,
      submit: 'Send self-assessment',
      errorsIntro: 'Not sent yet, please correct:',
    },
    problem: (id, kind, detail, max, step) =>
      ({
        'score-missing': `Criterion ${id}: no self-score.`,
        'score-not-number': `Criterion ${id}: the score must be a number (for example 0.5).`,
        'score-negative': `Criterion ${id}: the score cannot be below 0.`,
        'score-above-max': `Criterion ${id}: the score is above the maximum of ${max}.`,
        'score-off-step': `Criterion ${id}: the score must move in steps of ${step}.`,
        'explanation-missing': `Criterion ${id}: no explanation.`,
        'explanation-too-long': `Criterion ${id}: the explanation is too long.`,
        'evidence-missing': `Criterion ${id}: an evidence link is required.`,
        'evidence-not-https': `Criterion ${id}: "${detail ?? ''}" is not an https link.`,
        'evidence-too-many': `Criterion ${id}: too many links (at most 10).`,
      })[kind],
    saved: (v) => `Self-assessment received (version ${v}). You may edit and send it again before the deadline.`,
    unchanged: 'Nothing changed since the version you sent.',
    submittedNotice: (u, y, v) => `${u} sent its ${y} self-assessment (version ${v}); please review it.`,
    review: {
      title: (u, y) => `Review of the ${y} self-assessment — ${u}`,
      intro: (u, v, by) => `${u} sent version ${v} (${by}). Keep a score to accept it, or change it and give the reason.`,
      claimed: (p, max) => `Unit's self-score: ${p}/${max} points`,
      explanation: 'Explanation',
      evidence: 'Evidence',
      none: 'None',
      scoreLabel: (max) => `Accepted score (0 – ${max})`,
      noteLabel: 'Note (required when the score changes)',
      submit: 'Record the review',
      done: (a, d) => `Recorded: ${count('en', a, { one: 'criterion', other: 'criteria' })} accepted, ${count('en', d, { one: 'criterion', other: 'criteria' })} adjusted; the unit was told.`,
      unchanged: 'The review did not change.',
    },
    reviewRefusal: (reason, id) =>
      ({
        'not-scored': 'The unit has not sent its self-assessment.',
        'note-required': `Criterion ${id ?? ''}: a note is required when the score changes.`,
        'stale-version': 'The unit sent a newer version; please review the latest one (a new card was sent).',
      })[reason],
    badReviewScore: (id, max, step) => `Criterion ${id}: the accepted score must be between 0 and ${max}, in steps of ${step}.`,
    reviewedNotice: (y, a, d) => `The standing member reviewed your unit's ${y} self-assessment: ${count('en', a, { one: 'criterion', other: 'criteria' })} accepted, ${count('en', d, { one: 'criterion', other: 'criteria' })} adjusted.`,
    adjustedLine: (id, from, to, note) => `Criterion ${id}: ${from} → ${to} points. Note: ${note}`,
    scores: {
      title: (y) => `PAR-index self-assessment ${y}`,
      unitTitle: (u, y) => `Self-assessment ${y} — ${u}`,
      summary: (sc, t, p, max, pct) => `${sc}/${t} criteria scored; ${p}/${max} points (${pct}%).`,
      deadline: (d) => `Deadline: ${d}`,
      columns: { area: 'Area', scored: 'Criteria scored', points: 'Points / maximum' },
      unitsTitle: 'Units',
      unitLine: (u, st) => `${u}: ${st}`,
      unitStates: { none: 'not scored', scored: (v) => `scored (version ${v}), awaiting review`, reviewed: (v) => `scored (version ${v}), reviewed` },
      claimed: 'Self-score',
      counted: 'Accepted',
      note: 'Note',
      notScored: 'not scored',
      pendingReview: 'awaiting review',
      compile: 'Compile the self-assessment table',
    },
    reminder: (y, u, d, left) =>
      left > 0
        ? `Reminder: ${u} has not sent its ${y} PAR-index self-assessment; due ${d}, ${count('en', left, { one: 'working day', other: 'working days' })} left.`
        : left === 0
          ? `Reminder: today (${d}) is the deadline of ${u}'s ${y} PAR-index self-assessment.`
          : `Reminder: ${u}'s ${y} PAR-index self-assessment is ${count('en', -left, { one: 'working day', other: 'working days' })} overdue (due ${d}).`,
    escalation: (y, d, units) => `Past the deadline of ${d}, these units have not sent their ${y} PAR-index self-assessment: ${units}. Please follow up.`,
    jobs: { reminder: (y, u) => `self-assessment ${y} — reminder to ${u}`, escalation: (y) => `self-assessment ${y} — late units` },
    report: {
      title: (y) => `PAR-index self-assessment report ${y}`,
      subject: (y) => `Self-assessment of the ${y} administrative reform index`,
      states: { draft: 'Draft', submitted: 'Awaiting signature', returned: 'Returned with comments', approved: 'Approved' },
      facts: { total: 'Total self-score', percent: 'Share', lastYear: 'Last year', scored: 'Criteria scored', state: 'Status', number: 'Number' },
      assessmentLabel: 'Overall assessment (strengths, limitations)',
      proposalsLabel: 'Measures and recommendations',
      submit: 'Submit for signature',
      approve: 'Approve',
      giveBack: 'Return with comments',
      numberLabel: 'Document number (empty: the next number of the year)',
      commentsLabel: 'Comments',
      notice: (by, y) => `${by} submits the ${y} PAR-index self-assessment report for signature.`,
      submitted: (to) => `Submitted for signature: ${to}.`,
      returned: (to) => `Returned to ${to} with comments.`,
      returnedNotice: (by, y, c) => `${by} returned the ${y} self-assessment report with comments: ${c}`,
      approved: (n) => `Approved, number ${n}.`,
      mailSent: (to) => `Sent to ${to}.`,
      mailWritten: 'The mail was written to the local outbox (local mode).',
      mailQueued: 'The mail could not go out yet; the assistant will retry.',
      alreadySent: (at) => `The report was sent at ${at}; it is not sent a second time.`,
      files: (p) => `Files: ${p}`,
      notCompiled: "This year's self-assessment table has not been compiled.",
      noDecisionMaker: 'There is no chief on the roster to sign.',
      notDecisionMaker: 'Only the chief (or the deputy chief under delegation) approves this report.',
      badNumber: (t) => `Number "${t}" is not valid: write the number only (for example 15), without "/BC-VP".`,
      refusals: {
        'awaiting-approval': 'The report awaits the chief’s signature.',
        'already-approved': 'The report is already approved.',
        'not-submitted': 'The report has not been submitted for signature.',
        'comments-required': 'Please give comments when returning it.',
      },
      mailSubject: (y, n) => `Báo cáo số ${n} về kết quả tự chấm điểm chỉ số CCHC năm ${y}`,
      mailBody: (y, n) => `Văn phòng kính gửi Báo cáo số ${n} về kết quả tự chấm điểm chỉ số cải cách hành chính năm ${y} và bảng tự chấm điểm kèm theo.`,
    },
  },
};
