import { foldText } from '../commands/normalize-text.ts';
import { PAR_AREAS, PAR_AREA_TITLES, type ParArea } from '../par-areas.ts';
import { matchHeader, REQUIRED_COLUMNS, type PlanColumn } from './plan-columns.ts';
import type { PlanTask, PlanTaskStatus } from './plan-model.ts';
import { parseTaskDeadline } from './task-deadline.ts';

/** Why a row (or the sheet) does not parse; the catalogue words it for the member. */
export type PlanProblem =
  | { kind: 'noHeader' }
  | { kind: 'noRows' }
  | { kind: 'missing'; column: PlanColumn }
  | { kind: 'unknownArea'; value: string }
  | { kind: 'unknownUnit'; column: 'lead' | 'cooperating'; value: string }
  | { kind: 'badDeadline'; value: string }
  | { kind: 'badStatus'; value: string }
  | { kind: 'duplicateNumber'; value: string }
  | { kind: 'tooLong'; column: PlanColumn; max: number };

/** One problem, at a sheet row (1-based, as the spreadsheet numbers it; 0 for the sheet as a whole). */
export interface PlanRowError {
  row: number;
  problem: PlanProblem;
}

export interface UnitRef {
  id: string;
  name: string;
}

export type ParsedPlan = { ok: true; tasks: PlanTask[]; illustrative: boolean } | { ok: false; errors: PlanRowError[] };

const STATUS_WORDS: Record<string, PlanTaskStatus> = {
  'chua thuc hien': 'not-started',
  'chua bat dau': 'not-started',
  'not started': 'not-started',
  'dang thuc hien': 'in-progress',
  'in progress': 'in-progress',
  'hoan thanh': 'done',
  'da hoan thanh': 'done',
  done: 'done',
  'huy': 'cancelled',
  'da huy': 'cancelled',
  'huy bo': 'cancelled',
  cancelled: 'cancelled',
};

const MAX_LENGTH: Partial<Record<PlanColumn, number>> = { number: 20, content: 2000, output: 500 };
const UNIT_PREFIX = /^(phong|ban|trung tam|van phong)\s+/;
/** A plan file says it is a demo with one of these words above its header (or in its title). */
const ILLUSTRATIVE = /minh hoa|illustrative/;

/** A PAR area as a plan names it: id, number 1–7, title or a recognisable part of it. */
export function matchArea(value: string): ParArea | undefined {
  const folded = foldText(value);
  if ((PAR_AREAS as readonly string[]).includes(folded)) return folded as ParArea;
  const byNumber = /^(\d)\b/.exec(folded);
  if (byNumber && folded.length <= 2) return PAR_AREAS[Number(byNumber[1]) - 1];
  return PAR_AREAS.find((a) => {
    const vi = foldText(PAR_AREA_TITLES[a].vi);
    const en = foldText(PAR_AREA_TITLES[a].en);
    return vi === folded || en === folded || (folded.length >= 6 && (vi.includes(folded) || en.includes(folded)));
  });
}

/** A committee unit by id or name (with or without its "Phòng"/"Ban" prefix); undefined unless exactly one matches. */
export function matchUnit(value: string, units: readonly UnitRef[]): UnitRef | undefined {
  const folded = foldText(value);
  const bare = folded.replace(UNIT_PREFIX, '');
  const byId = units.find((u) => u.id === folded || u.id === bare.replace(/\s+/g, '-'));
  if (byId) return byId;
  const exact = units.filter((u) => foldText(u.name) === folded || foldText(u.name).replace(UNIT_PREFIX, '') === bare);
  return exact.length === 1 ? exact[0] : undefined;
}

/** "2.3" -> "t-2-3": a store-safe id derived from the task's number in the plan. */
export function taskIdOf(number: string): string {
  return `t-${foldText(number).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x'}`;
}

/** The fields of a task a plan row (or the task form) gives; the rest (status, result, history) is progress. */
export type TaskFields = Pick<PlanTask, 'number' | 'content' | 'area' | 'leadUnitId' | 'cooperatingUnitIds' | 'deadline' | 'output'>;

/**
 * Reads one task's cells (a sheet row or the task form, by column): every problem is collected, and
 * `fields` is complete only when there is none. Duplicates and status are the caller's to check.
 */
export function readTaskCells(cell: (c: PlanColumn) => string, year: number, units: readonly UnitRef[]): { problems: PlanProblem[]; fields: Partial<TaskFields> & { number: string } } {
  const problems: PlanProblem[] = [];
  for (const column of REQUIRED_COLUMNS) if (!cell(column)) problems.push({ kind: 'missing', column });
  for (const [column, max] of Object.entries(MAX_LENGTH) as Array<[PlanColumn, number]>) if (cell(column).length > max) problems.push({ kind: 'tooLong', column, max });
  const area = cell('area') ? matchArea(cell('area')) : undefined;
  if (cell('area') && !area) problems.push({ kind: 'unknownArea', value: cell('area') });
  const lead = cell('lead') ? matchUnit(cell('lead'), units) : undefined;
  if (cell('lead') && !lead) problems.push({ kind: 'unknownUnit', column: 'lead', value: cell('lead') });
  const cooperating: string[] = [];
  for (const name of cell('cooperating').split(/[;,\n]/).map((s) => s.trim()).filter(Boolean)) {
    const unit = matchUnit(name, units);
    if (unit) cooperating.push(unit.id);
    else problems.push({ kind: 'unknownUnit', column: 'cooperating', value: name });
  }
  const deadline = cell('deadline') ? parseTaskDeadline(foldText(cell('deadline')), year) : undefined;
  if (cell('deadline') && !deadline) problems.push({ kind: 'badDeadline', value: cell('deadline') });
  const fields: Partial<TaskFields> & { number: string } = { number: cell('number'), content: cell('content'), output: cell('output') };
  if (area) fields.area = area;
  if (deadline) fields.deadline = deadline;
  if (lead) {
    fields.leadUnitId = lead.id;
    fields.cooperatingUnitIds = [...new Set(cooperating)].filter((u) => u !== lead.id);
  }
  return { problems, fields };
}

function findHeader(rows: readonly string[][]): { index: number; columns: Partial<Record<PlanColumn, number>> } | undefined {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const columns = matchHeader(rows[i]!);
    if (Object.keys(columns).length >= 3) return { index: i, columns };
  }
  return undefined;
}

/**
 * Reads the rows of a plan sheet (cells as text, header row first, title rows above it allowed) into
 * tasks. Every problem of every row is collected; a sheet with any problem yields no tasks, so a plan
 * is imported whole or not at all.
 */
export function parsePlanRows(rows: readonly string[][], year: number, units: readonly UnitRef[]): ParsedPlan {
  const header = findHeader(rows);
  if (!header) return { ok: false, errors: [{ row: 0, problem: { kind: 'noHeader' } }] };
  const missingColumns = REQUIRED_COLUMNS.filter((c) => header.columns[c] === undefined);
  if (missingColumns.length) return { ok: false, errors: missingColumns.map((column) => ({ row: header.index + 1, problem: { kind: 'missing', column } })) };
  const illustrative = rows.slice(0, header.index).some((r) => r.some((c) => ILLUSTRATIVE.test(foldText(c))));
  const errors: PlanRowError[] = [];
  const tasks: PlanTask[] = [];
  const seen = new Set<string>();
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i]!;
    const cell = (c: PlanColumn): string => {
      const index = header.columns[c];
      return index === undefined ? '' : (row[index] ?? '').normalize('NFC').trim();
    };
    if (row.every((c) => c.trim() === '')) continue;
    const rowNumber = i + 1;
    const { problems, fields } = readTaskCells(cell, year, units);
    const id = taskIdOf(fields.number);
    if (fields.number && seen.has(id)) problems.push({ kind: 'duplicateNumber', value: fields.number });
    seen.add(id);
    const statusText = foldText(cell('status'));
    const status = statusText ? STATUS_WORDS[statusText] : 'not-started';
    if (!status) problems.push({ kind: 'badStatus', value: cell('status') });
    if (problems.length) {
      errors.push(...problems.map((problem) => ({ row: rowNumber, problem })));
      continue;
    }
    tasks.push({ id, ...(fields as TaskFields), status: status!, result: '', history: [] });
  }
  if (errors.length) return { ok: false, errors };
  if (tasks.length === 0) return { ok: false, errors: [{ row: 0, problem: { kind: 'noRows' } }] };
  return { ok: true, tasks, illustrative };
}

/** The column a problem is about (none for problems of the whole sheet). */
export function problemColumn(p: PlanProblem): PlanColumn | undefined {
  switch (p.kind) {
    case 'missing':
    case 'tooLong':
    case 'unknownUnit':
      return p.column;
    case 'unknownArea':
      return 'area';
    case 'badDeadline':
      return 'deadline';
    case 'badStatus':
      return 'status';
    case 'duplicateNumber':
      return 'number';
    default:
      return undefined;
  }
}
