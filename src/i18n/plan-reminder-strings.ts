import type { Catalogue } from './locale.ts';
import { count } from './plural.ts';

interface PlanReminderStrings {
  /** Above the task on the lead unit's card; `timeLeft` is REMINDER.timeLeft. */
  reminder: (timeLeft: string, deadline: string) => string;
  escalation: (tasks: number) => string;
  /** Ledger texts (kept in the office's language for the failure report). */
  jobs: { reminder: (number: string, unit: string) => string; escalation: (year: number) => string };
}

/** Plan task deadlines on the reminder ladder (issue 15 §1). */
export const PLAN_REMINDER: Catalogue<PlanReminderStrings> = {
  vi: {
    reminder: (timeLeft, deadline) => `Nhắc nhiệm vụ Kế hoạch CCHC do đơn vị Anh/Chị chủ trì — hạn ${deadline}: ${timeLeft}.`,
    escalation: (tasks) => `${count('vi', tasks, { other: 'nhiệm vụ' })} trong Kế hoạch CCHC đã quá hạn mà chưa hoàn thành; đơn vị chủ trì đã được nhắc.`,
    jobs: {
      reminder: (number, unit) => `Nhắc nhiệm vụ kế hoạch ${number} (${unit})`,
      escalation: (year) => `Báo cáo nhiệm vụ quá hạn của Kế hoạch CCHC năm ${year}`,
    },
  },
  en: {
    reminder: (timeLeft, deadline) => `Reminder of a CCHC plan task your unit leads — due ${deadline}: ${timeLeft}.`,
    escalation: (tasks) => `${count('en', tasks, { one: 'task', other: 'tasks' })} of the CCHC plan ${tasks === 1 ? 'is' : 'are'} overdue and not done; the lead units were reminded.`,
    jobs: {
      reminder: (number, unit) => `Reminder of plan task ${number} (${unit})`,
      escalation: (year) => `Overdue tasks of the ${year} CCHC plan`,
    },
  },
};
