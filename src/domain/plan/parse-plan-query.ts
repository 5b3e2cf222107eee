import { foldText } from '../commands/normalize-text.ts';
import type { PlanTaskStatus } from './plan-model.ts';

/** What `kế hoạch …` asks for: a year, a quarter, a status; the words left over name a unit. */
export interface PlanQuery {
  year?: number;
  quarter?: 1 | 2 | 3 | 4;
  status?: PlanTaskStatus | 'overdue';
  unitText: string;
}

const STATUS_PHRASES: Array<[RegExp, PlanTaskStatus | 'overdue']> = [
  [/\b(qua han|overdue)\b/, 'overdue'],
  [/\b(chua thuc hien|chua bat dau|not started)\b/, 'not-started'],
  [/\b(dang thuc hien|in progress)\b/, 'in-progress'],
  [/\b(da hoan thanh|hoan thanh|done)\b/, 'done'],
  [/\b(da huy|cancelled)\b/, 'cancelled'],
];

const QUARTER = /\b(?:quy|q|quarter)\s*(iv|iii|ii|i|[1-4])\b/;
const ROMAN: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Reads the words after `kế hoạch` / `plan` in any order: "2026 quý II Phòng Kinh tế quá hạn". */
export function parsePlanQuery(args: string): PlanQuery {
  let rest = ` ${foldText(args)} `;
  const query: PlanQuery = { unitText: '' };
  const year = /\b(20\d{2})\b/.exec(rest);
  if (year) {
    query.year = Number(year[1]);
    rest = rest.replace(year[0], ' ');
  }
  const quarter = QUARTER.exec(rest);
  if (quarter) {
    query.quarter = ROMAN[quarter[1]!];
    rest = rest.replace(quarter[0], ' ');
  }
  for (const [pattern, status] of STATUS_PHRASES) {
    const m = pattern.exec(rest);
    if (m) {
      query.status = status;
      rest = rest.replace(m[0], ' ');
      break;
    }
  }
  query.unitText = rest.replace(/\s+/g, ' ').trim();
  return query;
}
