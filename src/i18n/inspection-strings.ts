import type { InspectionStatus, Verdict } from '../domain/inspections/inspection-model.ts';
import type { TeamRole } from '../domain/inspections/inspection-rules.ts';
import type { InspectionProblem } from '../domain/inspections/validate-inspection.ts';
import type { Catalogue } from './locale.ts';
import { count } from './plural.ts';

interface InspectionStrings {
  formTitle: string;
  fields: {
    content: string;
    contentHint: string;
    units: string;
    periodFrom: string;
    periodTo: string;
    deadline: string;
    leader: string;
    deputyLeader: string;
    members: string;
    period: string;
    organiser: string;
    status: string;
    team: string;
  };
  noDeputy: string;
  create: string;
  required: string;
  problemsIntro: string;
  problem: (p: InspectionProblem, today: string) => string;
  created: (team: number, units: number, deadline: string) => string;
  listTitle: string;
  noInspections: string;
  listLine: (content: string, status: string, deadline: string) => string;
  statuses: Record<InspectionStatus, string>;
  roles: Record<TeamRole, string>;
  verdicts: Record<Verdict, string>;
  teamTitle: string;
  teamIntro: (role: string) => string;
  unitsHeading: string;
  unitLine: (unit: string, selfReport: string, finding: string) => string;
  selfReportReceived: (date: string, late: boolean) => string;
  selfReportMissing: string;
  noFinding: string;
  findingUnit: string;
  verdict: string;
  findings: string;
  proposal: string;
  proposalHint: string;
  record: string;
  summary: string;
  summaryHint: string;
  submit: string;
  notFound: string;
  notOnTeam: string;
  closed: string;
  notOpen: string;
  unitNotInspected: string;
  chooseUnit: string;
  chooseVerdict: string;
  findingsRequired: string;
  proposalRequired: string;
  findingRecorded: (unit: string) => string;
  notLeader: string;
  missingFindings: (units: string[]) => string;
  summaryRequired: string;
  submitted: string;
  reportedToTeam: (leader: string) => string;
  requestTitle: string;
  requestIntro: (content: string, deadline: string) => string;
  selfReportLabel: string;
  selfReportHint: string;
  evidenceLabel: string;
  evidenceHint: string;
  sendSelfReport: string;
  selfReportRequired: string;
  badLink: (link: string) => string;
  notYourUnit: string;
  selfReportRecorded: (version: number) => string;
  reminderNotice: (daysLeft: number, deadline: string) => string;
  reviewTitle: string;
  reviewIntro: (leader: string) => string;
  selfReportHeading: string;
  evidenceHeading: string;
  summaryHeading: string;
  forwardNote: string;
  forwardedNote: string;
  forward: string;
  forwarded: (to: string) => string;
  notReported: string;
  onBehalfNote: string;
  conclusionLabel: string;
  conclusionHint: string;
  measureLabel: (unit: string) => string;
  measureDeadline: (unit: string) => string;
  conclude: string;
  conclusionRequired: string;
  measureDeadlineMissing: (unit: string) => string;
  measureDeadlinePast: (unit: string, today: string) => string;
  notForwarded: string;
  concluded: (tasks: number) => string;
  conclusionTitle: (content: string) => string;
  conclusionToUnit: (by: string, text: string) => string;
  yourMeasure: string;
  noMeasure: string;
  dissolved: (content: string) => string;
  documentNote: string;
}

const unitWordVi = { other: 'đơn vị' };
const unitWordEn = { one: 'unit', other: 'units' };
const memberWordVi = { other: 'thành viên' };
const memberWordEn = { one: 'member', other: 'members' };
const dayWordVi = { other: 'ngày làm việc' };
const dayWordEn = { one: 'working day', other: 'working days' };

/** Strings of inspections (Điều 8): the team, the units' self-reports, findings, the report and the chief's conclusion. */
export const INSPECTION: Catalogue<InspectionStrings> = {
  vi: {
    formTitle: 'Thành lập Đoàn kiểm tra công tác CCHC',
    fields: {
      content: 'Nội dung kiểm tra (theo Kế hoạch kiểm tra)',
      contentHint: 'Ví dụ: Việc thực hiện nhiệm vụ CCHC năm 2026 theo Kế hoạch kiểm tra',
      units: 'Đơn vị được kiểm tra',
      periodFrom: 'Thời gian kiểm tra từ ngày',
      periodTo: 'Đến ngày',
      deadline: 'Hạn đơn vị gửi báo cáo và hồ sơ chứng minh',
      leader: 'Trưởng đoàn',
      deputyLeader: 'Phó Trưởng đoàn',
      members: 'Thành viên Đoàn kiểm tra',
      period: 'Thời gian kiểm tra',
      organiser: 'Đầu mối tổ chức (Ủy viên thường trực)',
      status: 'Tình trạng',
      team: 'Thành phần Đoàn',
    },
    noDeputy: '(Không cử)',
    create: 'Thành lập Đoàn kiểm tra',
    required: 'Vui lòng nhập nội dung này.',
    problemsIntro: 'Chưa thành lập được Đoàn kiểm tra:',
    problem: (p, today) =>
      ({
        'no-content': 'Vui lòng ghi nội dung kiểm tra.',
        'no-unit': 'Vui lòng chọn ít nhất một đơn vị được kiểm tra.',
        'unknown-unit': 'Có đơn vị không thuộc Ban Chỉ đạo; vui lòng chọn lại đơn vị được kiểm tra.',
        'bad-period': 'Vui lòng ghi thời gian kiểm tra (từ ngày, đến ngày) hợp lệ.',
        'period-order': 'Ngày kết thúc kiểm tra không được trước ngày bắt đầu.',
        'bad-deadline': 'Vui lòng ghi hạn gửi báo cáo hợp lệ.',
        'deadline-past': `Hạn gửi báo cáo không được trước hôm nay (${today}).`,
        'no-leader': 'Vui lòng chọn Trưởng đoàn.',
        'leader-not-member': 'Trưởng đoàn phải là thành viên Ban Chỉ đạo.',
        'deputy-not-member': 'Phó Trưởng đoàn phải là thành viên Ban Chỉ đạo.',
        'leader-is-deputy': 'Trưởng đoàn không đồng thời là Phó Trưởng đoàn.',
        'member-not-committee': 'Thành viên Đoàn kiểm tra phải là thành viên Ban Chỉ đạo.',
      })[p],
    created: (team, units, deadline) =>
      `Đã thành lập Đoàn kiểm tra (${count('vi', team, memberWordVi)}) và gửi yêu cầu báo cáo tới ${count('vi', units, unitWordVi)}; hạn gửi báo cáo hết ngày ${deadline}.`,
    listTitle: 'Các đợt kiểm tra',
    noInspections: 'Chưa có đợt kiểm tra nào.',
    listLine: (content, status, deadline) => `• ${content} — ${status}; hạn báo cáo ${deadline}`,
    statuses: { open: 'Đoàn đang kiểm tra', reported: 'Trưởng đoàn đã báo cáo, chờ Ủy viên thường trực', forwarded: 'Chờ Trưởng Ban Chỉ đạo kết luận', closed: 'Đã kết luận, Đoàn đã giải thể' },
    roles: { leader: 'Trưởng đoàn', deputyLeader: 'Phó Trưởng đoàn', member: 'Thành viên' },
    verdicts: { meets: 'Đạt yêu cầu', partly: 'Đạt một phần', fails: 'Chưa đạt yêu cầu' },
    teamTitle: 'Đoàn kiểm tra công tác CCHC',
    teamIntro: (role) => `Anh/Chị được cử làm ${role} Đoàn kiểm tra. Đoàn ghi kết quả kiểm tra từng đơn vị; Trưởng đoàn trình báo cáo Trưởng Ban Chỉ đạo qua Ủy viên thường trực.`,
    unitsHeading: 'Đơn vị được kiểm tra',
    unitLine: (unit, selfReport, finding) => `${unit}: ${selfReport}; ${finding}`,
    selfReportReceived: (date, late) => `đã gửi báo cáo ngày ${date}${late ? ' (trễ hạn)' : ''}`,
    selfReportMissing: 'chưa gửi báo cáo',
    noFinding: 'Đoàn chưa ghi kết quả',
    findingUnit: 'Đơn vị',
    verdict: 'Đánh giá',
    findings: 'Kết quả kiểm tra',
    proposal: 'Đề xuất hình thức xử lý',
    proposalHint: 'Bắt buộc khi đơn vị đạt một phần hoặc chưa đạt',
    record: 'Ghi kết quả',
    summary: 'Đánh giá chung của Đoàn',
    summaryHint: 'Trưởng đoàn ghi trước khi trình báo cáo',
    submit: 'Trình báo cáo Trưởng Ban (qua Ủy viên thường trực)',
    notFound: 'Không tìm thấy đợt kiểm tra này.',
    notOnTeam: 'Anh/Chị không có tên trong Đoàn kiểm tra này nên không ghi được kết quả kiểm tra.',
    closed: 'Đợt kiểm tra đã được Trưởng Ban Chỉ đạo kết luận và Đoàn kiểm tra đã giải thể; không thể chỉnh sửa.',
    notOpen: 'Trưởng đoàn đã trình báo cáo; kết quả kiểm tra không sửa được nữa.',
    unitNotInspected: 'Đơn vị này không thuộc đợt kiểm tra.',
    chooseUnit: 'Vui lòng chọn đơn vị.',
    chooseVerdict: 'Vui lòng chọn đánh giá: đạt, đạt một phần hoặc chưa đạt.',
    findingsRequired: 'Vui lòng ghi kết quả kiểm tra.',
    proposalRequired: 'Đơn vị đạt một phần hoặc chưa đạt: vui lòng ghi đề xuất hình thức xử lý.',
    findingRecorded: (unit) => `Đã ghi kết quả kiểm tra ${unit}.`,
    notLeader: 'Chỉ Trưởng đoàn trình báo cáo của Đoàn kiểm tra.',
    missingFindings: (units) => `Đoàn chưa ghi kết quả kiểm tra: ${units.join(', ')}.`,
    summaryRequired: 'Vui lòng ghi đánh giá chung của Đoàn trước khi trình.',
    submitted: 'Đã trình báo cáo kết quả kiểm tra tới Trưởng Ban Chỉ đạo qua Ủy viên thường trực.',
    reportedToTeam: (leader) => `Trưởng đoàn ${leader} đã trình báo cáo kết quả kiểm tra.`,
    requestTitle: 'Yêu cầu báo cáo phục vụ kiểm tra công tác CCHC',
    requestIntro: (content, deadline) => `Đơn vị được kiểm tra về nội dung "${content}". Đề nghị đơn vị gửi báo cáo bằng văn bản và đường dẫn hồ sơ, tài liệu chứng minh trước hết ngày ${deadline} (Điều 8.3 Quy chế).`,
    selfReportLabel: 'Báo cáo của đơn vị',
    selfReportHint: 'Kết quả thực hiện nội dung được kiểm tra',
    evidenceLabel: 'Hồ sơ, tài liệu chứng minh (mỗi dòng một đường dẫn https)',
    evidenceHint: 'https://…',
    sendSelfReport: 'Gửi báo cáo',
    selfReportRequired: 'Vui lòng ghi báo cáo của đơn vị.',
    badLink: (link) => `"${link}" không phải đường dẫn https hợp lệ; báo cáo chưa được ghi nhận.`,
    notYourUnit: 'Anh/Chị không báo cáo thay đơn vị này.',
    selfReportRecorded: (version) => `Đã ghi nhận báo cáo của đơn vị (lần ${version}). Đơn vị có thể gửi lại cho đến khi Đoàn trình báo cáo.`,
    reminderNotice: (daysLeft, deadline) =>
      daysLeft > 0 ? `Nhắc: còn ${count('vi', daysLeft, dayWordVi)} đến hạn gửi báo cáo (${deadline}).` : daysLeft === 0 ? `Nhắc: hôm nay (${deadline}) là hạn gửi báo cáo.` : `Nhắc: đã quá hạn gửi báo cáo (${deadline}) ${count('vi', -daysLeft, dayWordVi)}.`,
    reviewTitle: 'Báo cáo kết quả kiểm tra công tác CCHC',
    reviewIntro: (leader) => `Trưởng đoàn ${leader} báo cáo kết quả kiểm tra.`,
    selfReportHeading: 'Báo cáo của đơn vị',
    evidenceHeading: 'Tài liệu chứng minh',
    summaryHeading: 'Đánh giá chung của Đoàn',
    forwardNote: 'Ý kiến của Ủy viên thường trực (nếu có)',
    forwardedNote: 'Ý kiến của Ủy viên thường trực',
    forward: 'Chuyển Trưởng Ban Chỉ đạo',
    forwarded: (to) => `Đã chuyển báo cáo tới ${to}.`,
    notReported: 'Báo cáo của Đoàn không ở bước chờ Ủy viên thường trực chuyển; không có gì thay đổi.',
    onBehalfNote: 'Phó Trưởng Ban kết luận thay mặt Trưởng Ban Chỉ đạo (theo ủy quyền).',
    conclusionLabel: 'Kết luận của Trưởng Ban Chỉ đạo',
    conclusionHint: 'Đồng ý hoặc điều chỉnh đề xuất của Đoàn',
    measureLabel: (unit) => `Biện pháp xử lý — ${unit}`,
    measureDeadline: (unit) => `Thời hạn thực hiện — ${unit}`,
    conclude: 'Kết luận',
    conclusionRequired: 'Vui lòng ghi kết luận.',
    measureDeadlineMissing: (unit) => `Vui lòng ghi thời hạn thực hiện biện pháp xử lý của ${unit}.`,
    measureDeadlinePast: (unit, today) => `Thời hạn thực hiện của ${unit} không được trước hôm nay (${today}).`,
    notForwarded: 'Báo cáo chưa được Ủy viên thường trực chuyển tới Trưởng Ban Chỉ đạo.',
    concluded: (tasks) => `Đã kết luận; ${count('vi', tasks, { other: 'biện pháp xử lý' })} được giao thành nhiệm vụ và theo dõi đến khi hoàn thành. Đoàn kiểm tra đã giải thể; Báo cáo kết quả kiểm tra có trong "tài liệu".`,
    conclusionTitle: (content) => `Kết luận kiểm tra: ${content}`,
    conclusionToUnit: (by, text) => `${by} kết luận: ${text}`,
    yourMeasure: 'Biện pháp xử lý giao đơn vị',
    noMeasure: 'Không có biện pháp xử lý đối với đơn vị.',
    dissolved: (content) => `Trưởng Ban Chỉ đạo đã kết luận đợt kiểm tra "${content}"; Đoàn kiểm tra tự giải thể (Điều 8.1). Cảm ơn Anh/Chị.`,
    documentNote: 'Báo cáo kết quả kiểm tra (.docx) mở bằng lệnh "tài liệu".',
  },
  en: {
    formTitle: 'Set up a CCHC inspection team',
    fields: {
      content: 'What is inspected (under the inspection plan)',
      contentHint: 'E.g. carrying out the 2026 CCHC tasks under the inspection plan',
      units: 'Units inspected',
      periodFrom: 'Inspection from',
      periodTo: 'To',
      deadline: "Deadline for the units' reports and evidence",
      leader: 'Team leader',
      deputyLeader: 'Deputy team leader',
      members: 'Team members',
      period: 'Inspection period',
      organiser: 'Organiser (standing member)',
      status: 'Status',
      team: 'Team',
    },
    noDeputy: '(None)',
    create: 'Set up the team',
    required: 'Please fill this in.',
    problemsIntro: 'The inspection team was not set up:',
    problem: (p, today) =>
      ({
        'no-content': 'Please write what is inspected.',
        'no-unit': 'Please choose at least one unit to inspect.',
        'unknown-unit': 'A unit is not on the committee; please choose the units again.',
        'bad-period': 'Please give a valid inspection period (from, to).',
        'period-order': 'The inspection cannot end before it starts.',
        'bad-deadline': 'Please give a valid report deadline.',
        'deadline-past': `The report deadline cannot be before today (${today}).`,
        'no-leader': 'Please choose the team leader.',
        'leader-not-member': 'The team leader must be a member of the Steering Committee.',
        'deputy-not-member': 'The deputy team leader must be a member of the Steering Committee.',
        'leader-is-deputy': 'The team leader cannot also be the deputy team leader.',
        'member-not-committee': 'Team members must be members of the Steering Committee.',
      })[p],
    created: (team, units, deadline) =>
      `The inspection team is set up (${count('en', team, memberWordEn)}) and ${count('en', units, unitWordEn)} were asked for their report, due by the end of ${deadline}.`,
    listTitle: 'Inspections',
    noInspections: 'No inspection yet.',
    listLine: (content, status, deadline) => `• ${content} — ${status}; reports due ${deadline}`,
    statuses: { open: 'Team at work', reported: 'Reported by the leader, with the standing member', forwarded: "Awaiting the chief's conclusion", closed: 'Concluded, team dissolved' },
    roles: { leader: 'team leader', deputyLeader: 'deputy team leader', member: 'member' },
    verdicts: { meets: 'Meets', partly: 'Partly meets', fails: 'Does not meet' },
    teamTitle: 'CCHC inspection team',
    teamIntro: (role) => `You are appointed ${role} of the inspection team. The team records its findings for each unit; the leader reports to the chief through the standing member.`,
    unitsHeading: 'Units inspected',
    unitLine: (unit, selfReport, finding) => `${unit}: ${selfReport}; ${finding}`,
    selfReportReceived: (date, late) => `report sent ${date}${late ? ' (late)' : ''}`,
    selfReportMissing: 'no report yet',
    noFinding: 'no finding recorded',
    findingUnit: 'Unit',
    verdict: 'Assessment',
    findings: 'Findings',
    proposal: 'Proposed handling',
    proposalHint: 'Required when the unit partly meets or does not meet',
    record: 'Record finding',
    summary: "The team's overall assessment",
    summaryHint: 'Written by the leader before reporting',
    submit: 'Report to the chief (through the standing member)',
    notFound: 'This inspection was not found.',
    notOnTeam: 'You are not on this inspection team, so you cannot record findings.',
    closed: 'The chief has concluded this inspection and the team is dissolved; nothing can be changed.',
    notOpen: 'The leader has reported; findings can no longer be changed.',
    unitNotInspected: 'This unit is not inspected here.',
    chooseUnit: 'Please choose a unit.',
    chooseVerdict: 'Please choose an assessment: meets, partly meets or does not meet.',
    findingsRequired: 'Please write the findings.',
    proposalRequired: 'The unit partly meets or does not meet: please write the proposed handling.',
    findingRecorded: (unit) => `Finding recorded for ${unit}.`,
    notLeader: "Only the team leader submits the team's report.",
    missingFindings: (units) => `The team has no finding yet for: ${units.join(', ')}.`,
    summaryRequired: "Please write the team's overall assessment before reporting.",
    submitted: 'The inspection report went to the chief through the standing member.',
    reportedToTeam: (leader) => `Team leader ${leader} has submitted the inspection report.`,
    requestTitle: 'Report requested for a CCHC inspection',
    requestIntro: (content, deadline) => `Your unit is inspected on "${content}". Please send a written report and links to the supporting records by the end of ${deadline} (Article 8.3 of the regulation).`,
    selfReportLabel: "The unit's report",
    selfReportHint: 'What the unit did on the inspected content',
    evidenceLabel: 'Supporting records (one https link per line)',
    evidenceHint: 'https://…',
    sendSelfReport: 'Send report',
    selfReportRequired: "Please write the unit's report.",
    badLink: (link) => `"${link}" is not a valid https link; the report was not recorded.`,
    notYourUnit: 'You do not report for this unit.',
    selfReportRecorded: (version) => `The unit's report is recorded (version ${version}). You may send it again until the team reports.`,
    reminderNotice: (daysLeft, deadline) =>
      daysLeft > 0 ? `Reminder: ${count('en', daysLeft, dayWordEn)} left until the report deadline (${deadline}).` : daysLeft === 0 ? `Reminder: the report is due today (${deadline}).` : `Reminder: the report deadline (${deadline}) passed ${count('en', -daysLeft, dayWordEn)} ago.`,
    reviewTitle: 'CCHC inspection report',
    reviewIntro: (leader) => `Team leader ${leader} reports the inspection results.`,
    selfReportHeading: "Unit's report",
    evidenceHeading: 'Supporting records',
    summaryHeading: "The team's overall assessment",
    forwardNote: "The standing member's note (optional)",
    forwardedNote: "The standing member's note",
    forward: 'Forward to the chief',
    forwarded: (to) => `The report was forwarded to ${to}.`,
    notReported: 'The report is not waiting for the standing member; nothing changed.',
    onBehalfNote: 'The deputy chief concludes on behalf of the chief (delegation).',
    conclusionLabel: "The chief's conclusion",
    conclusionHint: "Accept or adjust the team's proposals",
    measureLabel: (unit) => `Handling measure — ${unit}`,
    measureDeadline: (unit) => `Deadline — ${unit}`,
    conclude: 'Conclude',
    conclusionRequired: 'Please write the conclusion.',
    measureDeadlineMissing: (unit) => `Please give the deadline of the measure for ${unit}.`,
    measureDeadlinePast: (unit, today) => `The deadline for ${unit} cannot be before today (${today}).`,
    notForwarded: 'The standing member has not forwarded this report to the chief yet.',
    concluded: (tasks) => `Concluded; ${count('en', tasks, { one: 'handling measure', other: 'handling measures' })} became tasks followed up until done. The team is dissolved; the inspection report is under "documents".`,
    conclusionTitle: (content) => `Inspection conclusion: ${content}`,
    conclusionToUnit: (by, text) => `${by} concluded: ${text}`,
    yourMeasure: 'Handling measure for your unit',
    noMeasure: 'No handling measure for your unit.',
    dissolved: (content) => `The chief has concluded the inspection "${content}"; the team dissolves (Article 8.1). Thank you.`,
    documentNote: 'The inspection report (.docx) opens with "documents".',
  },
};
