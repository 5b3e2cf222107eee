import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import type { Roster, Unit } from '../../domain/committee/committee.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import type { ReportAnswers, SubmissionVersion } from '../../domain/cycles/submission.ts';
import { LIMITS, OTHER_AREA_FIELDS, answerField, areaField, taskFields } from '../../domain/cycles/validate-answers.ts';
import { UNIT_DUTIES, dutyField, type UnitDutyId } from '../../domain/cycles/unit-duties.ts';
import { PAR_AREAS, PAR_AREA_TITLES } from '../../domain/par-areas.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import { formatDate, formatInstant, localDate } from '../../domain/calendar/index.ts';
import { isOverdue } from '../../domain/plan/plan-progress.ts';
import type { Indicator } from '../../domain/indicators/indicator-schema.ts';
import { indicatorField } from '../../domain/indicators/indicators.ts';
import type { FormPlan } from './form-plan.ts';
import { figureText } from '../../report/key-figure-labels.ts';

export interface FormOptions {
  /** Values to show (an edit, or inputs sent back with errors). */
  prefill?: Partial<Record<string, string>>;
  errors?: string[];
  /** Name of the absent head when a deputy reports. */
  onBehalfOfName?: string;
  /** Quarterly forms: the year's plan and the unit's tasks due or open in the quarter. */
  plan?: FormPlan;
  /** Today, for marking overdue tasks. */
  now?: Date;
  /** Quarterly forms: the key figures asked of this unit. */
  indicators?: readonly Indicator[];
}

/** Card inputs of a stored answer set, keyed by input id, for pre-filling an edit. */
export function answersToInputs(answers: ReportAnswers, questions?: string[]): Record<string, string> {
  const inputs: Record<string, string> = {
    difficulties: answers.difficulties,
    proposals: answers.proposals,
    nextQuarterTasks: answers.nextQuarterTasks,
    evidence: answers.evidence.join('\n'),
  };
  for (const [area, text] of Object.entries(answers.areas)) inputs[`area_${area}`] = text ?? '';
  (questions ?? []).forEach((_, i) => (inputs[answerField(i)] = answers.answers[i] ?? ''));
  for (const [id, text] of Object.entries(answers.duties ?? {})) inputs[dutyField(id as UnitDutyId)] = text ?? '';
  if (answers.otherArea) {
    inputs[OTHER_AREA_FIELDS.area] = answers.otherArea.area;
    inputs[OTHER_AREA_FIELDS.text] = answers.otherArea.text;
  }
  for (const [id, value] of Object.entries(answers.indicators ?? {})) inputs[indicatorField(id)] = String(value);
  for (const t of answers.tasks ?? []) {
    const f = taskFields(t.taskId);
    if (t.status) inputs[f.status] = t.status;
    inputs[f.result] = t.result;
  }
  return inputs;
}

function headerFacts(cycle: Cycle, unit: Unit, locale: Locale) {
  const s = CYCLE[locale].form;
  return [
    { label: s.unit, value: unit.name },
    ...(cycle.kind === 'quarterly' ? [{ label: s.area, value: unit.area }] : [{ label: s.topic, value: cycle.topic ?? cycle.label }]),
    { label: s.period, value: cycle.label },
    { label: s.dataWindow, value: `${formatDate(cycle.dataFrom)} – ${formatDate(cycle.dataTo)}` },
    { label: s.deadline, value: formatDate(cycle.unitDeadline) },
  ];
}

/** The plan part of a quarterly form: a title, a note when there is no plan or no task, and one block per task. */
function planSection(cycle: Cycle, locale: Locale, prefill: Partial<Record<string, string>>, plan: FormPlan | undefined, now: Date) {
  const s = CYCLE[locale].form.plan;
  if (!plan) return { planTitle: '', planNote: '', tasks: [] };
  const notes = [plan.illustrative ? s.illustrative : '', !plan.found ? s.none(plan.year) : plan.tasks.length === 0 ? s.noTasks(plan.year, cycle.label) : ''];
  const today = localDate(now);
  const tasks = plan.tasks.map(({ task, due, lead }) => {
    const f = taskFields(task.id);
    return {
      heading: s.heading(task.number, task.content),
      details: s.details({ area: PAR_AREA_TITLES[task.area][locale], due: formatDate(due), lead, output: task.output, overdue: isOverdue(task, plan.year, today) }),
      lead,
      statusId: f.status,
      statusLabel: s.status(task.number),
      status: prefill[f.status] ?? (task.status === 'cancelled' ? 'not-started' : task.status),
      resultId: f.result,
      resultLabel: s.result(task.number, lead),
      result: prefill[f.result] ?? '',
    };
  });
  return { planTitle: s.title(plan.year), planNote: notes.filter(Boolean).join(' '), tasks };
}

/** Every unit's duties (Điều 2.3) and the optional result in an area outside the unit's list. */
function dutySection(unit: Unit, locale: Locale, prefill: Partial<Record<string, string>>) {
  const s = CYCLE[locale].form;
  return {
    dutiesTitle: s.duties.title,
    duties: UNIT_DUTIES.map((d) => ({ id: dutyField(d.id), label: s.duties.labels[d.id], value: prefill[dutyField(d.id)] ?? '' })),
    otherAreaLabels: s.otherArea,
    otherAreaChoices: PAR_AREAS.filter((a) => !unit.parAreas.includes(a)).map((a) => ({ title: PAR_AREA_TITLES[a][locale], value: a })),
    otherArea: prefill[OTHER_AREA_FIELDS.area] ?? '',
    otherAreaText: prefill[OTHER_AREA_FIELDS.text] ?? '',
  };
}

/** The key-figures part of a quarterly form: one whole-number input per indicator the unit is asked. */
function indicatorSection(locale: Locale, prefill: Partial<Record<string, string>>, indicators: readonly Indicator[]) {
  const s = CYCLE[locale].form.indicators;
  return {
    indicatorsTitle: indicators.length ? s.title : '',
    indicatorsNote: s.note,
    indicatorInputs: indicators.map((i) => ({ id: indicatorField(i.id), label: s.label(i.label[locale], i.unit[locale]), value: prefill[indicatorField(i.id)] ?? '' })),
    indicatorPlaceholder: s.placeholder,
    indicatorError: s.error,
  };
}

/** The report form for one unit: one input per PAR area (or per ad-hoc question) plus the common fields. */
export function reportFormCard(cycle: Cycle, unit: Unit, locale: Locale, options: FormOptions = {}): AdaptiveCardJson {
  const strings = CYCLE[locale];
  const s = strings.form;
  const prefill = options.prefill ?? {};
  const fields =
    cycle.kind === 'ad-hoc'
      ? (cycle.questions ?? []).map((q, i) => ({ id: answerField(i), label: `${i + 1}. ${q}`, placeholder: '', maxLength: LIMITS.answer, value: prefill[answerField(i)] ?? '', required: true, errorMessage: s.answerRequired }))
      : unit.parAreas.map((area, i) => ({
          id: areaField(area),
          label: s.resultLabel(PAR_AREA_TITLES[area][locale]),
          placeholder: s.resultPlaceholder,
          maxLength: LIMITS.area,
          value: prefill[areaField(area)] ?? '',
          // The card can only require single fields; the first area stands for "at least one area" and the server checks the rule.
          required: i === 0,
          errorMessage: s.resultRequired,
        }));
  return renderCard('report-form', {
    title: s.title(cycle.label),
    facts: headerFacts(cycle, unit, locale),
    onBehalfNote: options.onBehalfOfName ? s.onBehalf(options.onBehalfOfName) : '',
    errors: options.errors ?? [],
    errorsIntro: strings.problemsIntro,
    fields,
    quarterly: cycle.kind === 'quarterly',
    labels: s,
    ...planSection(cycle, locale, prefill, options.plan, options.now ?? new Date()),
    ...dutySection(unit, locale, prefill),
    ...indicatorSection(locale, prefill, cycle.kind === 'quarterly' ? (options.indicators ?? []) : []),
    taskResultPlaceholder: s.plan.resultPlaceholder,
    taskChoices: (['done', 'in-progress', 'not-started'] as const).map((value) => ({ value, title: strings.taskStatuses[value] })),
    difficulties: prefill.difficulties ?? '',
    proposals: prefill.proposals ?? '',
    nextQuarterTasks: prefill.nextQuarterTasks ?? '',
    evidence: prefill.evidence ?? '',
    cycleId: cycle.id,
    unitId: unit.id,
  });
}

/** "Số hồ sơ … (hồ sơ): 1.250", one line per reported figure, in the list's order (ids no longer listed last, by id). */
function figureLines(figures: Record<string, number>, indicators: readonly Indicator[], locale: Locale): string {
  const s = CYCLE[locale].form.indicators;
  const known = indicators.filter((i) => figures[i.id] !== undefined).map((i) => `${s.label(i.label[locale], i.unit[locale])}: ${figureText(figures[i.id]!, locale)}`);
  const unknown = Object.keys(figures).filter((id) => !indicators.some((i) => i.id === id)).map((id) => `${id}: ${figureText(figures[id]!, locale)}`);
  return [...known, ...unknown].join('\n');
}

/** The receipt that replaces the form: what was stored, when, whether on time, with "Sửa báo cáo" while open. */
export function receiptCard(cycle: Cycle, unit: Unit, version: SubmissionVersion, roster: Roster, locale: Locale, editable: boolean, note = '', indicators: readonly Indicator[] = []): AdaptiveCardJson {
  const strings = CYCLE[locale];
  const s = strings.receipt;
  const a = version.answers;
  const by = roster.member(version.submittedBy)?.name ?? version.submittedBy;
  const sections =
    cycle.kind === 'ad-hoc'
      ? (cycle.questions ?? []).map((q, i) => ({ label: `${i + 1}. ${q}`, text: a.answers[i] ?? '' }))
      : [
          ...unit.parAreas.filter((area) => a.areas[area]).map((area) => ({ label: PAR_AREA_TITLES[area][locale], text: a.areas[area]! })),
          ...(a.tasks ?? []).map((t) => ({ label: strings.form.plan.receiptLabel(t.number, t.content), text: [t.status ? strings.taskStatuses[t.status] : '', t.result].filter(Boolean).join(' — ') })),
          ...(a.taskStatus ? [{ label: strings.form.taskStatus, text: `${strings.taskStatuses[a.taskStatus]}${a.taskNote ? ` — ${a.taskNote}` : ''}` }] : []),
          ...UNIT_DUTIES.filter((d) => a.duties?.[d.id]).map((d) => ({ label: strings.form.duties.labels[d.id], text: a.duties![d.id]! })),
          ...(a.otherArea ? [{ label: strings.form.otherArea.receipt(PAR_AREA_TITLES[a.otherArea.area][locale]), text: a.otherArea.text }] : []),
          ...(a.indicators && Object.keys(a.indicators).length
            ? [{ label: strings.form.indicators.title, text: figureLines(a.indicators, indicators, locale) }]
            : []),
          ...(a.nextQuarterTasks ? [{ label: strings.form.nextQuarterTasks, text: a.nextQuarterTasks }] : []),
        ];
  if (a.difficulties) sections.push({ label: strings.form.difficulties, text: a.difficulties });
  if (a.proposals) sections.push({ label: strings.form.proposals, text: a.proposals });
  if (a.evidence.length) sections.push({ label: strings.form.evidence, text: a.evidence.join('\n') });
  return renderCard('report-receipt', {
    title: s.title(cycle.label),
    facts: [
      { label: strings.form.unit, value: unit.name },
      { label: s.version, value: String(version.version) },
      { label: s.at, value: formatInstant(version.at) },
      { label: s.timeliness, value: version.late ? s.late : s.onTime },
      { label: s.by, value: by },
    ],
    note,
    sections,
    editable,
    editLabel: strings.form.edit,
    cycleId: cycle.id,
    unitId: unit.id,
  });
}
