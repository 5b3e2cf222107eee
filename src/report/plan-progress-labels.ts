import type { PlanProgressCounts } from '../domain/report/plan-progress-summary.ts';
import type { ReportLocale } from './report-labels.ts';

/** Words of the plan-progress part of the compiled report (document and mail read the same). */
export const PLAN_PROGRESS_LABELS: Record<
  ReportLocale,
  {
    title: (year: number) => string;
    illustrative: string;
    summary: (c: PlanProgressCounts, asOf: string) => string;
    byArea: string;
    byUnit: string;
    overdue: string;
    noOverdue: string;
    area: string;
    unit: string;
    task: string;
    due: string;
    status: string;
    totalRow: string;
    number: string;
    counts: [string, string, string, string, string, string];
    statuses: Record<'not-started' | 'in-progress', string>;
  }
> = {
  vi: {
    title: (year) => `Tiến độ thực hiện Kế hoạch CCHC năm ${year}`,
    illustrative: 'Số liệu từ kế hoạch minh họa (dữ liệu mẫu), không phải kế hoạch chính thức.',
    summary: (c, asOf) =>
      `Tính đến ngày ${asOf}, kế hoạch có ${c.total} nhiệm vụ: hoàn thành ${c.done} (trong đó trễ hạn ${c.doneLate}), đang thực hiện ${c.inProgress}, chưa thực hiện ${c.notStarted}; quá hạn ${c.overdue}.`,
    byArea: 'a) Theo lĩnh vực',
    byUnit: 'b) Theo đơn vị chủ trì',
    overdue: 'c) Nhiệm vụ quá hạn',
    noOverdue: 'Không có nhiệm vụ quá hạn.',
    area: 'Lĩnh vực',
    unit: 'Đơn vị chủ trì',
    task: 'Nhiệm vụ',
    due: 'Thời hạn',
    status: 'Tình trạng',
    totalRow: 'Tổng cộng',
    number: 'STT',
    counts: ['Tổng số', 'Hoàn thành', 'Trong đó trễ hạn', 'Đang thực hiện', 'Chưa thực hiện', 'Quá hạn'],
    statuses: { 'not-started': 'Chưa thực hiện', 'in-progress': 'Đang thực hiện' },
  },
  en: {
    title: (year) => `Progress of the ${year} CCHC plan`,
    illustrative: 'Figures from an illustrative plan (sample data), not an official plan.',
    summary: (c, asOf) =>
      `As of ${asOf} the plan has ${c.total} tasks: ${c.done} done (${c.doneLate} of them late), ${c.inProgress} in progress, ${c.notStarted} not started; ${c.overdue} overdue.`,
    byArea: 'a) By area',
    byUnit: 'b) By lead unit',
    overdue: 'c) Overdue tasks',
    noOverdue: 'No task is overdue.',
    area: 'Area',
    unit: 'Lead unit',
    task: 'Task',
    due: 'Due',
    status: 'Status',
    totalRow: 'Total',
    number: 'No.',
    counts: ['Total', 'Done', 'of which late', 'In progress', 'Not started', 'Overdue'],
    statuses: { 'not-started': 'Not started', 'in-progress': 'In progress' },
  },
};

/** The six numbers of a row, in the order of the table's count columns. */
export function countCells(c: PlanProgressCounts): string[] {
  return [c.total, c.done, c.doneLate, c.inProgress, c.notStarted, c.overdue].map(String);
}
