import type { PlanColumn } from '../domain/plan/plan-columns.ts';
import type { PlanTaskStatus } from '../domain/plan/plan-model.ts';
import type { PlanProblem } from '../domain/plan/parse-plan-rows.ts';
import type { Catalogue } from './locale.ts';
import { count } from './plural.ts';

interface PlanStrings {
  columns: Record<PlanColumn, string>;
  statuses: Record<PlanTaskStatus, string>;
  overdue: string;
  late: string;
  problem: (p: PlanProblem) => string;
  rowLabel: (row: number) => string;
  refused: (file: string, errors: number) => string;
  moreErrors: (n: number) => string;
  imported: (year: number, tasks: number, file: string) => string;
  fileType: (file: string) => string;
  fileUnreadable: (file: string) => string;
  noPlan: (year: number) => string;
  badFilter: (text: string) => string;
  title: (year: number) => string;
  illustrative: string;
  summary: (c: { total: number; done: number; inProgress: number; notStarted: number; overdue: number }) => string;
  noTasks: string;
  quarter: (q: number) => string;
  deadline: string;
  lead: string;
  cooperating: string;
  output: string;
  result: string;
  shownOf: (shown: number, total: number) => string;
}

const VI_COLUMNS: Record<PlanColumn, string> = {
  number: 'STT',
  content: 'Nội dung nhiệm vụ',
  area: 'Lĩnh vực',
  lead: 'Đơn vị chủ trì',
  cooperating: 'Đơn vị phối hợp',
  deadline: 'Thời hạn',
  output: 'Sản phẩm',
  status: 'Trạng thái',
};

const EN_COLUMNS: Record<PlanColumn, string> = {
  number: 'No.',
  content: 'Task',
  area: 'Area',
  lead: 'Lead unit',
  cooperating: 'Cooperating units',
  deadline: 'Deadline',
  output: 'Output',
  status: 'Status',
};

/** The annual CCHC plan: import messages, the plan card. */
export const PLAN: Catalogue<PlanStrings> = {
  vi: {
    columns: VI_COLUMNS,
    statuses: { 'not-started': 'Chưa thực hiện', 'in-progress': 'Đang thực hiện', done: 'Hoàn thành', cancelled: 'Đã hủy' },
    overdue: 'Quá hạn',
    late: 'hoàn thành trễ hạn',
    problem: (p) => {
      switch (p.kind) {
        case 'noHeader':
          return 'không tìm thấy dòng tiêu đề cột (STT, Nội dung nhiệm vụ, Lĩnh vực, Đơn vị chủ trì, Thời hạn, Sản phẩm) trong 10 dòng đầu';
        case 'noRows':
          return 'tệp không có nhiệm vụ nào';
        case 'missing':
          return `thiếu "${VI_COLUMNS[p.column]}"`;
        case 'unknownArea':
          return `lĩnh vực "${p.value}" không thuộc các lĩnh vực CCHC`;
        case 'unknownUnit':
          return `"${p.value}" (${VI_COLUMNS[p.column]}) không phải đơn vị trong Ban Chỉ đạo`;
        case 'badDeadline':
          return `thời hạn "${p.value}" không hợp lệ (ghi dd/mm/yyyy trong năm kế hoạch, hoặc "Quý I"…"Quý IV")`;
        case 'badStatus':
          return `trạng thái "${p.value}" không hợp lệ (Chưa thực hiện, Đang thực hiện, Hoàn thành, Đã hủy)`;
        case 'duplicateNumber':
          return `STT "${p.value}" bị trùng`;
        case 'tooLong':
          return `"${VI_COLUMNS[p.column]}" dài quá ${p.max} ký tự`;
      }
    },
    rowLabel: (row) => (row === 0 ? 'Tệp' : `Dòng ${row}`),
    refused: (file, errors) => `Chưa nhập kế hoạch từ tệp ${file}: có ${count('vi', errors, { other: 'lỗi' })}. Anh/Chị sửa các dòng dưới đây rồi gửi lại tệp; chưa có nhiệm vụ nào được nhập.`,
    moreErrors: (n) => `… và ${count('vi', n, { other: 'lỗi' })} khác.`,
    imported: (year, tasks, file) => `Đã nhập kế hoạch CCHC năm ${year} từ tệp ${file}: ${count('vi', tasks, { other: 'nhiệm vụ' })}. Gõ "kế hoạch ${year}" để xem.`,
    fileType: (file) => `Tệp ${file} không phải bảng tính .xlsx hoặc .csv. Anh/Chị gửi kế hoạch dưới dạng .xlsx hoặc .csv.`,
    fileUnreadable: (file) => `Không đọc được tệp ${file} (tệp hỏng hoặc không phải .xlsx). Anh/Chị mở lại bằng Excel, lưu dạng .xlsx rồi gửi lại.`,
    noPlan: (year) => `Chưa có kế hoạch CCHC năm ${year}. Ủy viên thường trực gửi tệp .xlsx kế hoạch trong cuộc trò chuyện này để nhập.`,
    badFilter: (text) => `Không hiểu "${text}". Ví dụ: "kế hoạch 2026", "kế hoạch 2026 quý II", "kế hoạch Phòng Kinh tế quá hạn".`,
    title: (year) => `Kế hoạch cải cách hành chính năm ${year}`,
    illustrative: 'Kế hoạch minh họa (dữ liệu mẫu, không phải kế hoạch chính thức).',
    summary: (c) => `${count('vi', c.total, { other: 'nhiệm vụ' })}: hoàn thành ${c.done}, đang thực hiện ${c.inProgress}, chưa thực hiện ${c.notStarted}, quá hạn ${c.overdue}.`,
    noTasks: 'Không có nhiệm vụ nào phù hợp.',
    quarter: (q) => `Quý ${['I', 'II', 'III', 'IV'][q - 1]}`,
    deadline: 'Thời hạn',
    lead: 'Chủ trì',
    cooperating: 'Phối hợp',
    output: 'Sản phẩm',
    result: 'Kết quả',
    shownOf: (shown, total) => `Hiển thị ${shown}/${total} nhiệm vụ; lọc theo đơn vị, quý hoặc trạng thái để xem phần còn lại.`,
  },
  en: {
    columns: EN_COLUMNS,
    statuses: { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' },
    overdue: 'Overdue',
    late: 'done late',
    problem: (p) => {
      switch (p.kind) {
        case 'noHeader':
          return 'no header row (No., Task, Area, Lead unit, Deadline, Output) in the first 10 rows';
        case 'noRows':
          return 'the file has no tasks';
        case 'missing':
          return `"${EN_COLUMNS[p.column]}" is missing`;
        case 'unknownArea':
          return `area "${p.value}" is not a CCHC area`;
        case 'unknownUnit':
          return `"${p.value}" (${EN_COLUMNS[p.column]}) is not a unit of the committee`;
        case 'badDeadline':
          return `deadline "${p.value}" is not valid (dd/mm/yyyy within the plan's year, or "Q1"…"Q4")`;
        case 'badStatus':
          return `status "${p.value}" is not valid (Not started, In progress, Done, Cancelled)`;
        case 'duplicateNumber':
          return `number "${p.value}" appears twice`;
        case 'tooLong':
          return `"${EN_COLUMNS[p.column]}" is longer than ${p.max} characters`;
      }
    },
    rowLabel: (row) => (row === 0 ? 'File' : `Row ${row}`),
    refused: (file, errors) => `The plan in ${file} was not imported: ${count('en', errors, { one: 'problem', other: 'problems' })}. Please fix the rows below and send the file again; no task was imported.`,
    moreErrors: (n) => `… and ${count('en', n, { one: 'more problem', other: 'more problems' })}.`,
    imported: (year, tasks, file) => `Imported the ${year} CCHC plan from ${file}: ${count('en', tasks, { one: 'task', other: 'tasks' })}. Type "plan ${year}" to see it.`,
    fileType: (file) => `${file} is not an .xlsx or .csv spreadsheet. Please send the plan as .xlsx or .csv.`,
    fileUnreadable: (file) => `${file} cannot be read (damaged, or not .xlsx). Please open it in Excel, save it as .xlsx and send it again.`,
    noPlan: (year) => `There is no ${year} CCHC plan yet. The standing member sends the plan's .xlsx file in this chat to import it.`,
    badFilter: (text) => `"${text}" is not understood. For example: "plan 2026", "plan 2026 Q2", "plan Phòng Kinh tế overdue".`,
    title: (year) => `Administrative reform plan ${year}`,
    illustrative: 'Illustrative plan (sample data, not an official plan).',
    summary: (c) => `${count('en', c.total, { one: 'task', other: 'tasks' })}: ${c.done} done, ${c.inProgress} in progress, ${c.notStarted} not started, ${c.overdue} overdue.`,
    noTasks: 'No task matches.',
    quarter: (q) => `Q${q}`,
    deadline: 'Deadline',
    lead: 'Lead',
    cooperating: 'Cooperating',
    output: 'Output',
    result: 'Result',
    shownOf: (shown, total) => `Showing ${shown} of ${total} tasks; filter by unit, quarter or status to see the rest.`,
  },
};
