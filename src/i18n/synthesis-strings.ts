import type { SynthesisRefusal, SynthesisSection, SynthesisState } from '../domain/synthesis/synthesis.ts';
import type { Catalogue } from './locale.ts';
import { count } from './plural.ts';

interface SynthesisStrings {
  draftTitle: (label: string) => string;
  approvalTitle: (label: string) => string;
  sentTitle: (label: string) => string;
  sections: Record<SynthesisSection, string>;
  states: Record<SynthesisState, string>;
  facts: { state: string; version: string; submitted: string; number: string; issuedOn: string; sentTo: string; by: string };
  versionLine: (version: number, at: string, by: string, source: 'card' | 'docx') => string;
  returnedWith: (name: string, at: string, comments: string) => string;
  save: string;
  submit: string;
  approve: string;
  giveBack: string;
  comments: string;
  commentsHint: string;
  numberLabel: string;
  numberHint: string;
  openCopy: string;
  saved: (version: number) => string;
  unchanged: string;
  submitted: (to: string) => string;
  submittedOnBehalf: string;
  notice: (name: string, label: string) => string;
  onBehalfNote: string;
  returned: (to: string) => string;
  returnedNotice: (name: string, label: string) => string;
  approved: (number: string, issuedOn: string) => string;
  approvedNotice: (label: string, number: string) => string;
  mailSent: (to: string) => string;
  mailWritten: string;
  mailQueued: string;
  alreadySent: (at: string) => string;
  membersTold: (n: number) => string;
  sentNotice: (label: string, number: string, to: string) => string;
  copySent: (email: string) => string;
  copyQueued: string;
  mailSubject: (label: string, number: string) => string;
  mailBody: (label: string, number: string) => string;
  refusals: Record<SynthesisRefusal, string>;
  problems: { required: (label: string) => string; tooLong: (label: string, limit: number) => string; intro: string };
  badNumber: (text: string) => string;
  notDecisionMaker: string;
  noCompiled: string;
  noDecisionMaker: string;
  noSynthesis: string;
  unitsSubmitted: (n: number, total: number) => string;
  docxReceived: (name: string, version: number) => string;
  docxNotAllowed: string;
  docxBadFile: string;
  docxNoDraft: string;
  docxDownloadFailed: string;
  docxLocked: string;
  /** The sending deadline ladder (Điều 9.3): the standing member until it is sent, the approver while it waits. */
  sendingToStanding: (label: string, deadline: string, timeLeft: string, waiting: boolean) => string;
  sendingToApprover: (label: string, deadline: string, timeLeft: string) => string;
  /** What the ledger records for one of those reminders (one language, the office's). */
  sendingJob: (label: string, approver: boolean) => string;
  /** The Word round trip: download the draft, edit, send the file back in this chat. */
  downloadDocx: string;
  docxWritten: (path: string) => string;
  docxMailed: (email: string) => string;
  docxHint: string;
}

/** The standing member's synthesis, trình ký to the chief, and sending to the City committee. */
export const SYNTHESIS: Catalogue<SynthesisStrings> = {
  vi: {
    draftTitle: (label) => `Dự thảo báo cáo tổng hợp ${label}`,
    approvalTitle: (label) => `Trình ký báo cáo tổng hợp ${label}`,
    sentTitle: (label) => `Báo cáo CCHC ${label} đã gửi Ban Chỉ đạo CCHC Thành phố`,
    sections: {
      strengths: 'Đánh giá chung – Ưu điểm',
      limitations: 'Đánh giá chung – Hạn chế và nguyên nhân',
      nextQuarter: 'Phương hướng, nhiệm vụ quý tới',
      proposals: 'Đề xuất',
      recommendations: 'Kiến nghị',
    },
    states: { draft: 'Dự thảo', submitted: 'Đang trình ký', returned: 'Bị trả lại để chỉnh sửa', approved: 'Đã duyệt' },
    facts: { state: 'Trạng thái', version: 'Phiên bản', submitted: 'Đơn vị đã gửi báo cáo', number: 'Số văn bản', issuedOn: 'Ngày ban hành', sentTo: 'Nơi gửi', by: 'Người trình' },
    versionLine: (version, at, by, source) => `Phiên bản ${version} — ${by}, ${at}${source === 'docx' ? ' (tệp Word tải lên)' : ''}`,
    returnedWith: (name, at, comments) => `Ý kiến của ${name} (${at}): ${comments}`,
    save: 'Lưu dự thảo',
    submit: 'Trình ký',
    approve: 'Duyệt',
    giveBack: 'Trả lại kèm ý kiến',
    comments: 'Ý kiến chỉ đạo (khi trả lại)',
    commentsHint: 'Nội dung cần chỉnh sửa, bổ sung',
    numberLabel: 'Số văn bản (do văn thư cấp)',
    numberHint: 'Để trống: lấy số tiếp theo trong sổ của năm',
    openCopy: 'Gửi bản báo cáo vào hộp thư của tôi',
    saved: (version) => `Đã lưu dự thảo (phiên bản ${version}).`,
    unchanged: 'Nội dung không thay đổi so với phiên bản trước nên không lưu phiên bản mới.',
    submitted: (to) => `Đã trình ký báo cáo đến ${to}. Trợ lý sẽ báo Anh/Chị khi có ý kiến.`,
    submittedOnBehalf: ' (Phó Trưởng Ban Chỉ đạo thay mặt Trưởng Ban Chỉ đạo)',
    notice: (name, label) => `${name} trình ký báo cáo tổng hợp ${label}. Đề nghị Anh/Chị xem xét, duyệt hoặc trả lại kèm ý kiến.`,
    onBehalfNote: 'Anh/Chị duyệt thay mặt Trưởng Ban Chỉ đạo theo ủy quyền.',
    returned: (to) => `Đã trả lại dự thảo cho ${to} kèm ý kiến.`,
    returnedNotice: (name, label) => `${name} đã trả lại dự thảo báo cáo tổng hợp ${label} kèm ý kiến. Đề nghị Anh/Chị chỉnh sửa và trình ký lại.`,
    approved: (number, issuedOn) => `Đã duyệt báo cáo, số ${number}, ngày ${issuedOn}.`,
    approvedNotice: (label, number) => `Báo cáo tổng hợp ${label} đã được duyệt (số ${number}).`,
    mailSent: (to) => `Đã gửi báo cáo qua Outlook đến ${to}.`,
    mailWritten: 'Chưa cấu hình hộp thư gửi đi nên thư được lưu vào hộp thư đi trên máy chủ; quản trị viên gửi thủ công.',
    mailQueued: 'Chưa gửi được thư; thư được giữ trong hộp thư đi và sẽ tự gửi lại.',
    alreadySent: (at) => `Báo cáo đã được gửi lúc ${at}; không gửi lần thứ hai.`,
    membersTold: (n) => `Đã thông báo cho ${count('vi', n, { other: 'thành viên' })} Ban Chỉ đạo.`,
    sentNotice: (label, number, to) => `Báo cáo CCHC ${label} (số ${number}) đã được gửi ${to}. Anh/Chị có thể nhận bản báo cáo qua email bằng nút dưới đây.`,
    copySent: (email) => `Đã gửi bản báo cáo đến ${email}.`,
    copyQueued: 'Chưa gửi được thư; thư sẽ tự gửi lại.',
    mailSubject: (label, number) => `Báo cáo số ${number} về kết quả thực hiện công tác CCHC ${label}`,
    mailBody: (label, number) => `Kính gửi Ban Chỉ đạo CCHC Thành phố,\n\nVăn phòng trân trọng gửi Báo cáo số ${number} về kết quả thực hiện công tác cải cách hành chính ${label} (tệp đính kèm).`,
    refusals: {
      'awaiting-approval': 'Dự thảo đang trình ký nên chưa sửa được; khi Trưởng Ban Chỉ đạo trả lại, Anh/Chị chỉnh sửa và trình ký lại.',
      'already-approved': 'Báo cáo đã được duyệt nên không sửa hay trình ký lại được.',
      'not-submitted': 'Dự thảo chưa được trình ký (hoặc đã được trả lại) nên chưa duyệt được.',
      'comments-required': 'Đề nghị Anh/Chị ghi ý kiến khi trả lại dự thảo.',
    },
    problems: {
      required: (label) => `"${label}" là bắt buộc khi trình ký.`,
      tooLong: (label, limit) => `"${label}" vượt quá ${limit} ký tự; nội dung dài Anh/Chị soạn trong tệp Word.`,
      intro: 'Dự thảo chưa được lưu vì:',
    },
    badNumber: (text) => `"${text}" không phải số văn bản hợp lệ (chỉ gồm chữ số, ví dụ 15).`,
    notDecisionMaker: 'Báo cáo này do Trưởng Ban Chỉ đạo (hoặc Phó Trưởng Ban Chỉ đạo khi được ủy quyền) duyệt.',
    noCompiled: 'Kỳ báo cáo này chưa được tổng hợp. Anh/Chị gõ "tổng hợp" trước.',
    noDecisionMaker: 'Danh sách Ban Chỉ đạo chưa có Trưởng Ban Chỉ đạo nên chưa trình ký được.',
    noSynthesis: 'Chưa có dự thảo báo cáo tổng hợp. Anh/Chị gõ "tổng hợp" rồi chọn "Soạn báo cáo tổng hợp".',
    unitsSubmitted: (n, total) => `${n}/${total}`,
    docxReceived: (name, version) => `Đã nhận tệp "${name}" làm phiên bản ${version} của dự thảo; đây là văn bản sẽ được trình ký và gửi đi.`,
    docxNotAllowed: 'Chỉ Ủy viên thường trực hoặc Phó Trưởng Ban Chỉ đạo gửi lại dự thảo bằng tệp Word.',
    docxBadFile: 'Tệp gửi lên không phải văn bản Word (.docx) hợp lệ nên chưa được lưu.',
    docxNoDraft: 'Chưa có dự thảo đang soạn để nhận tệp Word. Anh/Chị gõ "tổng hợp" rồi chọn "Soạn báo cáo tổng hợp".',
    docxDownloadFailed: 'Chưa tải được tệp từ Teams; đề nghị Anh/Chị gửi lại tệp.',
    docxLocked: 'Dự thảo đang trình ký hoặc đã được duyệt nên chưa nhận tệp Word mới; tệp chưa được lưu.',
    sendingToStanding: (label, deadline, timeLeft, waiting) =>
      `Hạn gửi báo cáo CCHC ${label} đến Trưởng Ban Chỉ đạo và Ban Chỉ đạo CCHC Thành phố là ${deadline} (${timeLeft}). ` +
      (waiting ? 'Dự thảo đang chờ duyệt.' : 'Đề nghị Anh/Chị hoàn thiện dự thảo ("dự thảo") và trình ký.'),
    sendingToApprover: (label, deadline, timeLeft) => `Báo cáo CCHC ${label} đang chờ Anh/Chị duyệt; hạn gửi Ban Chỉ đạo CCHC Thành phố là ${deadline} (${timeLeft}). Thẻ trình ký ở phía trên trong cuộc trò chuyện này.`,
    sendingJob: (label, approver) => (approver ? `${label} — nhắc duyệt báo cáo trước hạn gửi` : `${label} — nhắc Ủy viên thường trực hạn gửi báo cáo`),
    downloadDocx: 'Tải dự thảo (.docx)',
    docxWritten: (path) => `Dự thảo đã được lưu thành tệp: ${path}. Anh/Chị sửa trong Word rồi gửi lại tệp trong cuộc trò chuyện này.`,
    docxMailed: (email) => `Đã gửi dự thảo (.docx) đến ${email}. Anh/Chị sửa trong Word rồi gửi lại tệp trong cuộc trò chuyện này.`,
    docxHint: 'Soạn bằng Word: tải dự thảo, sửa rồi gửi lại tệp .docx trong cuộc trò chuyện này; tệp đó là văn bản được trình ký và gửi đi.',
  },
  en: {
    draftTitle: (label) => `Draft compiled report ${label}`,
    approvalTitle: (label) => `Compiled report ${label} for signature`,
    sentTitle: (label) => `PAR report ${label} sent to the City steering committee`,
    sections: {
      strengths: 'Overall assessment – strengths',
      limitations: 'Overall assessment – limitations and causes',
      nextQuarter: 'Direction and tasks for next quarter',
      proposals: 'Proposals',
      recommendations: 'Recommendations',
    },
    states: { draft: 'Draft', submitted: 'Awaiting signature', returned: 'Returned for changes', approved: 'Approved' },
    facts: { state: 'State', version: 'Version', submitted: 'Units reported', number: 'Document number', issuedOn: 'Date of issue', sentTo: 'Sent to', by: 'Submitted by' },
    versionLine: (version, at, by, source) => `Version ${version} — ${by}, ${at}${source === 'docx' ? ' (uploaded Word file)' : ''}`,
    returnedWith: (name, at, comments) => `Comments from ${name} (${at}): ${comments}`,
    save: 'Save draft',
    submit: 'Submit for signature',
    approve: 'Approve',
    giveBack: 'Return with comments',
    comments: 'Comments (when returning)',
    commentsHint: 'What to change or add',
    numberLabel: 'Document number (from the register)',
    numberHint: "Leave empty to take the year's next number",
    openCopy: 'Mail the report to me',
    saved: (version) => `Draft saved (version ${version}).`,
    unchanged: 'Nothing changed since the previous version, so no new version was saved.',
    submitted: (to) => `Submitted for signature to ${to}. You will be told of the decision.`,
    submittedOnBehalf: ' (the deputy chief, on behalf of the chief)',
    notice: (name, label) => `${name} submits the compiled report ${label} for your signature. Please approve it or return it with comments.`,
    onBehalfNote: 'You approve on behalf of the chief (delegated).',
    returned: (to) => `The draft was returned to ${to} with your comments.`,
    returnedNotice: (name, label) => `${name} returned the draft compiled report ${label} with comments. Please revise it and submit it again.`,
    approved: (number, issuedOn) => `Report approved, number ${number}, dated ${issuedOn}.`,
    approvedNotice: (label, number) => `The compiled report ${label} was approved (number ${number}).`,
    mailSent: (to) => `The report was emailed through Outlook to ${to}.`,
    mailWritten: 'No sending mailbox is configured, so the mail was saved in the server outbox; an administrator sends it by hand.',
    mailQueued: 'The mail could not be sent yet; it stays in the outbox and will be retried.',
    alreadySent: (at) => `The report was already sent at ${at}; it is not sent twice.`,
    membersTold: (n) => `${count('en', n, { one: 'committee member was', other: 'committee members were' })} told.`,
    sentNotice: (label, number, to) => `The PAR report ${label} (number ${number}) was sent to ${to}. Use the button below to receive a copy by email.`,
    copySent: (email) => `The report was sent to ${email}.`,
    copyQueued: 'The mail could not be sent yet; it will be retried.',
    mailSubject: (label, number) => `Báo cáo số ${number} về kết quả thực hiện công tác CCHC ${label}`,
    mailBody: (label, number) => `Kính gửi Ban Chỉ đạo CCHC Thành phố,\n\nVăn phòng trân trọng gửi Báo cáo số ${number} về kết quả thực hiện công tác cải cách hành chính ${label} (tệp đính kèm).`,
    refusals: {
      'awaiting-approval': 'The draft is awaiting signature and cannot be edited; once it is returned, revise it and submit it again.',
      'already-approved': 'The report is approved; it cannot be edited or submitted again.',
      'not-submitted': 'The draft has not been submitted for signature (or was returned), so it cannot be approved.',
      'comments-required': 'Please write your comments when returning the draft.',
    },
    problems: {
      required: (label) => `"${label}" is required for signature.`,
      tooLong: (label, limit) => `"${label}" is longer than ${limit} characters; write long text in the Word file.`,
      intro: 'The draft was not saved because:',
    },
    badNumber: (text) => `"${text}" is not a valid document number (digits only, e.g. 15).`,
    notDecisionMaker: 'This report is approved by the chief (or the deputy chief when delegated).',
    noCompiled: 'This cycle has not been compiled yet. Type "compile" first.',
    noDecisionMaker: 'The roster has no chief, so the report cannot be submitted for signature.',
    noSynthesis: 'There is no draft compiled report yet. Type "compile", then choose "Draft the compiled report".',
    unitsSubmitted: (n, total) => `${n}/${total}`,
    docxReceived: (name, version) => `"${name}" was saved as version ${version} of the draft; this is the document that will be signed and sent.`,
    docxNotAllowed: 'Only the standing member or the deputy chief can send the draft back as a Word file.',
    docxBadFile: 'The file is not a valid Word document (.docx), so it was not saved.',
    docxNoDraft: 'There is no draft being written to receive a Word file. Type "compile", then choose "Draft the compiled report".',
    docxDownloadFailed: 'The file could not be downloaded from Teams; please send it again.',
    docxLocked: 'The draft is awaiting signature or approved, so a new Word file is not taken; the file was not saved.',
    sendingToStanding: (label, deadline, timeLeft, waiting) =>
      `The PAR report ${label} is due to the chief and the City steering committee on ${deadline} (${timeLeft}). ` +
      (waiting ? 'The draft is awaiting approval.' : 'Please finish the draft ("draft report") and submit it for signature.'),
    sendingToApprover: (label, deadline, timeLeft) => `The PAR report ${label} is awaiting your approval; it is due to the City steering committee on ${deadline} (${timeLeft}). The approval card is above in this chat.`,
    sendingJob: (label, approver) => (approver ? `${label} — nhắc duyệt báo cáo trước hạn gửi` : `${label} — nhắc Ủy viên thường trực hạn gửi báo cáo`),
    downloadDocx: 'Download the draft (.docx)',
    docxWritten: (path) => `The draft was saved as a file: ${path}. Edit it in Word and send the file back in this chat.`,
    docxMailed: (email) => `The draft (.docx) was sent to ${email}. Edit it in Word and send the file back in this chat.`,
    docxHint: 'Prefer Word? Download the draft, edit it and send the .docx back in this chat; that file is what is signed and sent.',
  },
};
