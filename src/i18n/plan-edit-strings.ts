import type { TaskEditProblem } from '../domain/plan/edit-task.ts';
import type { Catalogue } from './locale.ts';
import { PLAN } from './plan-strings.ts';

interface PlanEditStrings {
  addButton: string;
  editButton: string;
  addTitle: (year: number) => string;
  editTitle: (number: string, year: number) => string;
  hint: string;
  fields: { number: string; numberHint: string; content: string; area: string; lead: string; cooperating: string; deadline: string; deadlineHint: string; output: string; reason: string };
  save: string;
  cancelTask: string;
  errorsIntro: string;
  problem: (p: TaskEditProblem) => string;
  added: (number: string, year: number) => string;
  edited: (number: string) => string;
  cancelled: (number: string) => string;
  addedBy: (name: string, at: string) => string;
  editedBy: (name: string, at: string) => string;
  cancelledBy: (name: string, at: string, reason: string) => string;
  noPlan: (year: number) => string;
}

/** Plan tasks added, edited and cancelled by card (issue 15 §1). */
export const PLAN_EDIT: Catalogue<PlanEditStrings> = {
  vi: {
    addButton: 'Thêm nhiệm vụ',
    editButton: 'Sửa / hủy',
    addTitle: (year) => `Thêm nhiệm vụ vào Kế hoạch CCHC năm ${year}`,
    editTitle: (number, year) => `Sửa nhiệm vụ ${number} — Kế hoạch CCHC năm ${year}`,
    hint: 'Các mục có dấu * là bắt buộc. Thời hạn ghi ngày trong năm kế hoạch (dd/mm/yyyy) hoặc quý ("Quý II").',
    fields: {
      number: 'STT',
      numberHint: 'Để trống: số tiếp theo',
      content: 'Nội dung nhiệm vụ *',
      area: 'Lĩnh vực *',
      lead: 'Đơn vị chủ trì *',
      cooperating: 'Đơn vị phối hợp',
      deadline: 'Thời hạn *',
      deadlineHint: '30/06/2026 hoặc Quý II',
      output: 'Sản phẩm *',
      reason: 'Lý do hủy (bắt buộc khi hủy nhiệm vụ)',
    },
    save: 'Lưu',
    cancelTask: 'Hủy nhiệm vụ',
    errorsIntro: 'Chưa lưu được, Anh/Chị kiểm tra lại:',
    problem: (p) => {
      switch (p.kind) {
        case 'unknownTask':
          return 'không tìm thấy nhiệm vụ này trong kế hoạch (có thể kế hoạch đã được nhập lại)';
        case 'taskCancelled':
          return 'nhiệm vụ đã bị hủy, không sửa hoặc hủy lại được';
        case 'reasonRequired':
          return 'cần ghi lý do hủy nhiệm vụ';
        case 'unchanged':
          return 'chưa có nội dung nào thay đổi';
        default:
          return PLAN.vi.problem(p);
      }
    },
    added: (number, year) => `Đã thêm nhiệm vụ ${number} vào Kế hoạch CCHC năm ${year}.`,
    edited: (number) => `Đã lưu thay đổi của nhiệm vụ ${number}.`,
    cancelled: (number) => `Đã hủy nhiệm vụ ${number}; nhiệm vụ vẫn được giữ trong kế hoạch.`,
    addedBy: (name, at) => `Thêm bởi ${name} lúc ${at}`,
    editedBy: (name, at) => `Sửa lần cuối bởi ${name} lúc ${at}`,
    cancelledBy: (name, at, reason) => `Hủy bởi ${name} lúc ${at}. Lý do: ${reason}`,
    noPlan: (year) => `Chưa có Kế hoạch CCHC năm ${year} để thêm nhiệm vụ. Ủy viên thường trực gửi tệp .xlsx kế hoạch trước.`,
  },
  en: {
    addButton: 'Add a task',
    editButton: 'Edit / cancel',
    addTitle: (year) => `Add a task to the ${year} CCHC plan`,
    editTitle: (number, year) => `Edit task ${number} — ${year} CCHC plan`,
    hint: 'Fields marked * are required. The deadline is a date within the plan’s year (dd/mm/yyyy) or a quarter ("Q2").',
    fields: {
      number: 'No.',
      numberHint: 'Empty: the next number',
      content: 'Task *',
      area: 'Area *',
      lead: 'Lead unit *',
      cooperating: 'Cooperating units',
      deadline: 'Deadline *',
      deadlineHint: '30/06/2026 or Q2',
      output: 'Output *',
      reason: 'Reason for cancelling (required to cancel)',
    },
    save: 'Save',
    cancelTask: 'Cancel the task',
    errorsIntro: 'Not saved yet, please check:',
    problem: (p) => {
      switch (p.kind) {
        case 'unknownTask':
          return 'this task is not in the plan (the plan may have been imported again)';
        case 'taskCancelled':
          return 'the task is cancelled; it cannot be edited or cancelled again';
        case 'reasonRequired':
          return 'a reason is required to cancel the task';
        case 'unchanged':
          return 'nothing was changed';
        default:
          return PLAN.en.problem(p);
      }
    },
    added: (number, year) => `Task ${number} added to the ${year} CCHC plan.`,
    edited: (number) => `Changes to task ${number} saved.`,
    cancelled: (number) => `Task ${number} cancelled; it stays listed in the plan.`,
    addedBy: (name, at) => `Added by ${name} at ${at}`,
    editedBy: (name, at) => `Last edited by ${name} at ${at}`,
    cancelledBy: (name, at, reason) => `Cancelled by ${name} at ${at}. Reason: ${reason}`,
    noPlan: (year) => `There is no ${year} CCHC plan to add a task to. The standing member sends the plan's .xlsx file first.`,
  },
};
