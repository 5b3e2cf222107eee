import type { Unit } from '../committee/committee.ts';
import { cleanUserText } from '../commands/normalize-text.ts';
import { isParArea, type ParArea } from '../par-areas.ts';
import { UNIT_DUTIES, dutyField } from './unit-duties.ts';
import type { Indicator } from '../indicators/indicator-schema.ts';
import { indicatorField, parseWholeNumber } from '../indicators/indicators.ts';
import type { FormTask } from './form-tasks.ts';
import type { ReportAnswers, TaskReport, TaskStatus } from './submission.ts';

/** Caps per field; the card's maxLength uses the same numbers. */
export const LIMITS = { area: 4000, note: 2000, text: 4000, evidence: 10, url: 500, answer: 4000, taskResult: 1000 } as const;

/** One validation problem: the field (card input id) and a key into the localized messages. */
export interface FieldProblem {
  field: string;
  problem: 'required' | 'tooLong' | 'badUrl' | 'tooMany' | 'badChoice' | 'atLeastOneArea' | 'notWholeNumber';
  limit?: number;
}

const STATUSES: readonly TaskStatus[] = ['done', 'in-progress', 'not-started'];

function text(raw: unknown): string {
  return typeof raw === 'string' ? cleanUserText(raw).trim() : '';
}

/** Input id of a PAR area's result on the report card. */
export function areaField(area: ParArea): string {
  return `area_${area}`;
}

/** Input ids of a plan task's status and result on the quarterly form. */
export function taskFields(taskId: string): { status: string; result: string } {
  return { status: `task_${taskId}_status`, result: `task_${taskId}_result` };
}

/** Input id of an ad-hoc question's answer. */
export function answerField(index: number): string {
  return `q_${index}`;
}

/**
 * Validates the raw card inputs for a unit's report. Pure: returns the cleaned answers or the
 * list of problems (nothing is stored unless the list is empty).
 */
/** What else a quarterly form listed for the unit: its plan tasks and the indicators it asks. */
export interface FormContext {
  tasks?: readonly FormTask[];
  indicators?: readonly Indicator[];
}

export function validateAnswers(unit: Unit, questions: string[] | undefined, raw: Record<string, unknown>, form: FormContext = {}): { answers?: ReportAnswers; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const capped = (field: string, value: string, limit: number) => {
    if (value.length > limit) problems.push({ field, problem: 'tooLong', limit });
    return value;
  };
  const answers: ReportAnswers = { areas: {}, taskNote: '', difficulties: '', proposals: '', nextQuarterTasks: '', evidence: [], answers: [] };
  if (questions && questions.length > 0) {
    questions.forEach((_, i) => {
      const field = answerField(i);
      const value = capped(field, text(raw[field]), LIMITS.answer);
      if (!value) problems.push({ field, problem: 'required' });
      answers.answers.push(value);
    });
  } else {
    for (const area of unit.parAreas) {
      const field = areaField(area);
      const value = capped(field, text(raw[field]), LIMITS.area);
      if (value) answers.areas[area] = value;
    }
    for (const duty of UNIT_DUTIES) {
      const value = capped(dutyField(duty.id), text(raw[dutyField(duty.id)]), LIMITS.area);
      if (value) answers.duties = { ...answers.duties, [duty.id]: value };
    }
    const other = otherAreaResult(unit, raw, problems, capped);
    if (other) answers.otherArea = other;
    if (Object.keys(answers.areas).length === 0) problems.push({ field: areaField(unit.parAreas[0]!), problem: 'atLeastOneArea' });
    const reports = (form.tasks ?? []).flatMap((t) => taskReport(t, raw, problems, capped));
    if (reports.length) answers.tasks = reports;
    const figures: Record<string, number> = {};
    for (const indicator of form.indicators ?? []) {
      const field = indicatorField(indicator.id);
      const typed = text(raw[field]);
      if (!typed) continue;
      const value = parseWholeNumber(typed);
      if (value === undefined) problems.push({ field, problem: 'notWholeNumber' });
      else figures[indicator.id] = value;
    }
    if (Object.keys(figures).length) answers.indicators = figures;
    answers.nextQuarterTasks = capped('nextQuarterTasks', text(raw.nextQuarterTasks), LIMITS.text);
  }
  answers.difficulties = capped('difficulties', text(raw.difficulties), LIMITS.text);
  answers.proposals = capped('proposals', text(raw.proposals), LIMITS.text);
  const urls = text(raw.evidence).split(/\s+/).filter(Boolean);
  if (urls.length > LIMITS.evidence) problems.push({ field: 'evidence', problem: 'tooMany', limit: LIMITS.evidence });
  for (const url of urls) {
    if (url.length > LIMITS.url || !isHttpUrl(url)) {
      problems.push({ field: 'evidence', problem: 'badUrl' });
      break;
    }
  }
  answers.evidence = urls;
  return problems.length ? { problems } : { answers, problems };
}

/** Input ids of the optional result in an area outside the unit's list. */
export const OTHER_AREA_FIELDS = { area: 'otherArea', text: 'otherAreaText' } as const;

/** The optional out-of-area result: an area the unit is not assigned, and its text; one without the other is refused. */
function otherAreaResult(unit: Unit, raw: Record<string, unknown>, problems: FieldProblem[], capped: (field: string, value: string, limit: number) => string): { area: ParArea; text: string } | undefined {
  const area = text(raw[OTHER_AREA_FIELDS.area]);
  const value = capped(OTHER_AREA_FIELDS.text, text(raw[OTHER_AREA_FIELDS.text]), LIMITS.area);
  if (!area && !value) return undefined;
  if (!area) problems.push({ field: OTHER_AREA_FIELDS.area, problem: 'required' });
  else if (!isParArea(area) || unit.parAreas.includes(area)) problems.push({ field: OTHER_AREA_FIELDS.area, problem: 'badChoice' });
  else if (!value) problems.push({ field: OTHER_AREA_FIELDS.text, problem: 'required' });
  else return { area, text: value };
  return undefined;
}

/** One listed task's inputs: a status from the lead unit only, a short result from anyone; nothing when both are empty. */
function taskReport(t: FormTask, raw: Record<string, unknown>, problems: FieldProblem[], capped: (field: string, value: string, limit: number) => string): TaskReport[] {
  const fields = taskFields(t.task.id);
  const result = capped(fields.result, text(raw[fields.result]), LIMITS.taskResult);
  const status = t.lead ? text(raw[fields.status]) : '';
  if (status && !STATUSES.includes(status as TaskStatus)) problems.push({ field: fields.status, problem: 'badChoice' });
  if (!status && !result) return [];
  const report: TaskReport = { taskId: t.task.id, number: t.task.number, content: t.task.content, result };
  if (status && STATUSES.includes(status as TaskStatus)) report.status = status as TaskStatus;
  return [report];
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
