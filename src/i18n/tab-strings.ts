import type { Catalogue } from './locale.ts';
import { count, type PluralForms } from './plural.ts';

const WORKING_DAYS: PluralForms = { one: 'working day', other: 'working days' };

interface TabStrings {
  title: string;
  pickerLabel: string;
  pickerHint: string;
  signingIn: string;
  unauthenticated: string;
  forbidden: string;
  failed: string;
  cycleHeading: string;
  noCycle: string;
  deadline: string;
  state: string;
  workingDaysLeft: (n: number) => string;
  totals: { total: string; submitted: string; late: string; deputy: string; missing: string };
  columns: { unit: string; head: string; state: string; at: string; version: string; submittedBy: string };
  onTimeHeading: (n: number) => string;
  onTimeAxis: string;
  onTimeColumns: { unit: string; onTime: string; late: string; missing: string; rate: string };
  noStats: string;
  meetingsHeading: string;
  noMeetings: string;
  meetingColumns: { date: string; kind: string; place: string; invited: string; attending: string; onLeave: string };
  meetingKinds: Record<'regular' | 'adhoc' | 'group', string>;
  tasksHeading: string;
  tasksSummary: (open: number, overdue: number) => string;
  overdue: string;
  downloadsHeading: string;
  statsCsv: string;
  statsXlsx: string;
  reportDocx: (label: string) => string;
  noDownloads: string;
  scopeAll: string;
  scopeOwn: string;
  illustrative: string;
  /** Points and percentages as this language writes numbers (0,75 / 0.75). */
  points: (n: number) => string;
  planHeading: (year: number) => string;
  planColumns: { area: string; total: string; done: string; onTime: string; overdue: string };
  planTotal: string;
  selfAssessmentHeading: (year: number) => string;
  selfAssessmentDeadline: string;
  selfAssessmentSummary: (points: string, max: string, percent: string, scored: number, total: number) => string;
  selfAssessmentColumns: { area: string; scored: string; claimed: string; points: string; max: string; percent: string };
  selfAssessmentChart: { points: string; max: string; axis: string };
  selfAssessmentFile: (year: number, format: string, unit?: string) => string;
  initiativesFile: (year: number, format: string, unit?: string) => string;
  /** Under the title of a unit's own self-assessment sheet (always Vietnamese: an Office document). */
  unitSheetNote: (unit: string) => string;
}

/** What the dashboard tab (web/) shows around the data; bundled into the page at `npm run build`. */
export const TAB: Catalogue<TabStrings> = {
  vi: {
    title: 'Tổng quan Ban Chỉ đạo CCHC',
    pickerLabel: 'Xem với tư cách',
    pickerHint: 'Chế độ cục bộ: chọn một thành viên để xem trang tổng quan của người đó.',
    signingIn: 'Đang đăng nhập bằng tài khoản Microsoft 365…',
    unauthenticated: 'Không xác thực được Anh/Chị. Vui lòng mở trang này trong Microsoft Teams.',
    forbidden: 'Anh/Chị không có quyền xem nội dung này theo Quy chế hoạt động của Ban Chỉ đạo.',
    failed: 'Chưa tải được dữ liệu. Vui lòng thử lại sau ít phút.',
    cycleHeading: 'Kỳ báo cáo',
    noCycle: 'Chưa có kỳ báo cáo nào.',
    deadline: 'Hạn nộp',
    state: 'Trạng thái',
    workingDaysLeft: (n) => (n > 0 ? `Còn ${n} ngày làm việc` : n === 0 ? 'Hôm nay là hạn nộp' : `Quá hạn ${-n} ngày làm việc`),
    totals: { total: 'Tổng số đơn vị', submitted: 'Đã nộp', late: 'Nộp trễ hạn', deputy: 'Cấp phó nộp', missing: 'Chưa nộp' },
    columns: { unit: 'Đơn vị', head: 'Trưởng đơn vị', state: 'Tình trạng', at: 'Thời điểm nộp', version: 'Lần nộp', submittedBy: 'Người nộp' },
    onTimeHeading: (n) => `Tỷ lệ nộp đúng hạn theo đơn vị — ${n} quý gần nhất`,
    onTimeAxis: 'Tỷ lệ đúng hạn (%)',
    onTimeColumns: { unit: 'Đơn vị', onTime: 'Đúng hạn', late: 'Trễ hạn', missing: 'Chưa nộp', rate: 'Tỷ lệ đúng hạn' },
    noStats: 'Chưa có kỳ báo cáo quý nào để thống kê.',
    meetingsHeading: 'Cuộc họp',
    noMeetings: 'Chưa có cuộc họp nào.',
    meetingColumns: { date: 'Thời gian', kind: 'Loại', place: 'Địa điểm', invited: 'Được mời', attending: 'Tham dự', onLeave: 'Vắng có phép' },
    meetingKinds: { regular: 'Định kỳ', adhoc: 'Đột xuất', group: 'Họp nhóm' },
    tasksHeading: 'Nhiệm vụ',
    tasksSummary: (open, overdue) => `${open} nhiệm vụ đang thực hiện, ${overdue} nhiệm vụ quá hạn`,
    overdue: 'Quá hạn',
    downloadsHeading: 'Tải về',
    statsCsv: 'Thống kê (.csv)',
    statsXlsx: 'Thống kê (.xlsx)',
    reportDocx: (label) => `Báo cáo ${label} (.docx)`,
    noDownloads: 'Không có tệp nào Anh/Chị được tải.',
    scopeAll: 'Toàn bộ các đơn vị',
    scopeOwn: 'Đơn vị của Anh/Chị',
    illustrative: 'Dữ liệu minh họa, không phải số liệu chính thức.',
    points: (n) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 }),
    planHeading: (year) => `Tiến độ thực hiện Kế hoạch CCHC năm ${year} theo lĩnh vực`,
    planColumns: { area: 'Lĩnh vực', total: 'Số nhiệm vụ', done: 'Hoàn thành', onTime: 'Hoàn thành đúng hạn', overdue: 'Quá hạn' },
    planTotal: 'Tổng cộng',
    selfAssessmentHeading: (year) => `Tự chấm điểm chỉ số CCHC năm ${year} theo lĩnh vực`,
    selfAssessmentDeadline: 'Hạn chấm điểm',
    selfAssessmentSummary: (points, max, percent, scored, total) => `Điểm ghi nhận ${points}/${max} (${percent}%); đã chấm ${scored}/${total} tiêu chí.`,
    selfAssessmentColumns: { area: 'Lĩnh vực', scored: 'Tiêu chí đã chấm', claimed: 'Điểm tự chấm', points: 'Điểm ghi nhận', max: 'Điểm tối đa', percent: 'Tỷ lệ' },
    selfAssessmentChart: { points: 'Điểm ghi nhận', max: 'Điểm tối đa', axis: 'Điểm' },
    selfAssessmentFile: (year, format, unit) => `${format === 'docx' ? 'Báo cáo' : 'Bảng'} tự chấm điểm ${year}${unit ? ` — ${unit}` : ''} (.${format})`,
    initiativesFile: (year, format, unit) => `Sáng kiến được công nhận năm ${year}${unit ? ` — ${unit}` : ''} (.${format})`,
    unitSheetNote: (unit) => `Đơn vị: ${unit} (chỉ các tiêu chí do đơn vị chấm)`,
  },
  en: {
    title: 'CCHC Steering Committee dashboard',
    pickerLabel: 'View as',
    pickerHint: 'Local mode: pick a member to see their dashboard.',
    signingIn: 'Signing in with your Microsoft 365 account…',
    unauthenticated: 'You could not be signed in. Please open this page in Microsoft Teams.',
    forbidden: 'You are not allowed to see this under the Steering Committee regulation.',
    failed: 'The data could not be loaded. Please try again in a few minutes.',
    cycleHeading: 'Report cycle',
    noCycle: 'There is no report cycle yet.',
    deadline: 'Deadline',
    state: 'State',
    workingDaysLeft: (n) => (n > 0 ? `${count('en', n, WORKING_DAYS)} left` : n === 0 ? 'Due today' : `${count('en', -n, WORKING_DAYS)} overdue`),
    totals: { total: 'Units', submitted: 'Submitted', late: 'Late', deputy: 'By deputy', missing: 'Missing' },
    columns: { unit: 'Unit', head: 'Unit head', state: 'Status', at: 'Submitted at', version: 'Version', submittedBy: 'Submitted by' },
    onTimeHeading: (n) => `On-time rate by unit — last ${n} quarters`,
    onTimeAxis: 'On time (%)',
    onTimeColumns: { unit: 'Unit', onTime: 'On time', late: 'Late', missing: 'Missing', rate: 'On-time rate' },
    noStats: 'There is no quarterly cycle to count yet.',
    meetingsHeading: 'Meetings',
    noMeetings: 'No meetings yet.',
    meetingColumns: { date: 'When', kind: 'Kind', place: 'Place', invited: 'Invited', attending: 'Attending', onLeave: 'On leave' },
    meetingKinds: { regular: 'Regular', adhoc: 'Ad hoc', group: 'Group' },
    tasksHeading: 'Tasks',
    tasksSummary: (open, overdue) => `${count('en', open, { one: 'open task', other: 'open tasks' })}, ${overdue} overdue`,
    overdue: 'Overdue',
    downloadsHeading: 'Downloads',
    statsCsv: 'Statistics (.csv)',
    statsXlsx: 'Statistics (.xlsx)',
    reportDocx: (label) => `Report ${label} (.docx)`,
    noDownloads: 'No files for you to download.',
    scopeAll: 'All units',
    scopeOwn: 'Your unit',
    illustrative: 'Illustrative data, not official figures.',
    points: (n) => n.toLocaleString('en-US', { maximumFractionDigits: 2 }),
    planHeading: (year) => `${year} CCHC plan progress by area`,
    planColumns: { area: 'Area', total: 'Tasks', done: 'Done', onTime: 'Done on time', overdue: 'Overdue' },
    planTotal: 'Total',
    selfAssessmentHeading: (year) => `${year} PAR-index self-assessment by area`,
    selfAssessmentDeadline: 'Scoring deadline',
    selfAssessmentSummary: (points, max, percent, scored, total) => `${points}/${max} points accepted (${percent}%); ${scored}/${total} criteria scored.`,
    selfAssessmentColumns: { area: 'Area', scored: 'Criteria scored', claimed: 'Self-score', points: 'Accepted', max: 'Maximum', percent: 'Share' },
    selfAssessmentChart: { points: 'Points accepted', max: 'Maximum', axis: 'Points' },
    selfAssessmentFile: (year, format, unit) => `Self-assessment ${format === 'docx' ? 'report' : 'table'} ${year}${unit ? ` — ${unit}` : ''} (.${format})`,
    initiativesFile: (year, format, unit) => `Recognised initiatives ${year}${unit ? ` — ${unit}` : ''} (.${format})`,
    unitSheetNote: (unit) => `Unit: ${unit} (only the criteria it scores)`,
  },
};
