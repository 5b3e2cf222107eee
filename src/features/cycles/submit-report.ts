import { acceptsSubmissions, cycleState, isLate } from '../../domain/cycles/cycle.ts';
import { latestVersion, sameAnswers, type UnitSubmission } from '../../domain/cycles/submission.ts';
import { OTHER_AREA_FIELDS, validateAnswers, type FieldProblem } from '../../domain/cycles/validate-answers.ts';
import { UNIT_DUTIES, dutyField } from '../../domain/cycles/unit-duties.ts';
import { PAR_AREA_TITLES, isParArea } from '../../domain/par-areas.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import { readAbsentHeads } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { ActionResult } from '../registry.ts';
import type { ActionTurn } from '../turn.ts';
import { actingMember } from './acting-member.ts';
import { loadFormPlan, recordTaskReports, type FormPlan } from './form-plan.ts';
import { indicatorList, indicatorsOfUnit } from './indicator-list.ts';
import { indicatorField } from '../../domain/indicators/indicators.ts';
import type { Indicator } from '../../domain/indicators/indicator-schema.ts';
import { answersToInputs, receiptCard, reportFormCard } from './report-cards.ts';
import { publish } from '../app-events.ts';

function fieldLabel(field: string, locale: Locale, questions?: string[], plan?: FormPlan, indicators: readonly Indicator[] = []): string {
  const s = CYCLE[locale].form;
  if (field === OTHER_AREA_FIELDS.area) return s.otherArea.area;
  if (field === OTHER_AREA_FIELDS.text) return s.otherArea.text;
  const duty = UNIT_DUTIES.find((d) => dutyField(d.id) === field);
  if (duty) return s.duties.labels[duty.id];
  const indicator = indicators.find((i) => indicatorField(i.id) === field);
  if (indicator) return s.indicators.label(indicator.label[locale], indicator.unit[locale]);
  const task = /^task_(.+)_(status|result)$/.exec(field);
  const listed = task ? plan?.tasks.find((t) => t.task.id === task[1]) : undefined;
  if (task && listed) return task[2] === 'status' ? s.plan.status(listed.task.number) : s.plan.result(listed.task.number, listed.lead);
  if (field.startsWith('area_')) {
    const area = field.slice('area_'.length);
    return isParArea(area) ? s.resultLabel(PAR_AREA_TITLES[area][locale]) : field;
  }
  if (field.startsWith('q_')) return questions?.[Number(field.slice(2))] ?? field;
  return (s as unknown as Record<string, string>)[field] ?? field;
}

function stringInputs(data: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, v as string]));
}

/** Loads the cycle and unit named by a card and checks the caller may report for that unit. */
async function resolveTarget(turn: ActionTurn, app: AppServices) {
  const s = CYCLE[turn.caller.locale];
  const unitId = typeof turn.data.unitId === 'string' ? turn.data.unitId : '';
  const cycle = await app.cycles.fromCard(turn.data.cycleId);
  if (!cycle) throw new ValidationError('cycleId', s.cycleNotFound);
  const unit = app.roster.unit(unitId);
  if (!unit || !cycle.targetUnits.includes(unit.id)) throw new ValidationError('unitId', s.notTarget);
  // A forged card naming another unit fails here: only that unit's head or acting deputy passes.
  const member = await requirePermission(turn.caller, 'report.submit', app, unit.id);
  return { cycle, unit, member };
}

/** `Gửi báo cáo`: validates, stores a new version (not for a repeat of the same answers), returns the receipt. */
export async function submitReportAction(turn: ActionTurn, app: AppServices): Promise<ActionResult> {
  const locale = turn.caller.locale;
  const s = CYCLE[locale];
  const { cycle, unit, member } = await resolveTarget(turn, app);
  if (!acceptsSubmissions(cycle)) throw new ValidationError('cycle', s.closedForSubmissions(s.cycleStates[cycleState(cycle, app.clock())]));
  const inputs = stringInputs(turn.data);
  const plan = await loadFormPlan(app, cycle, unit);
  const indicators = indicatorsOfUnit(app, cycle, unit);
  const { answers, problems } = validateAnswers(unit, cycle.kind === 'ad-hoc' ? cycle.questions : undefined, inputs, { tasks: plan?.tasks, indicators });
  const absent = await readAbsentHeads(app);
  const acting = actingMember(unit, absent, app.roster);
  if (!answers) {
    const errors = problems.map((p: FieldProblem) => s.problems(p, fieldLabel(p.field, locale, cycle.questions, plan, indicators)));
    // The form comes back with the user's text and the reasons, so nothing typed is lost.
    return { card: reportFormCard(cycle, unit, locale, { prefill: inputs, errors, plan, indicators, now: app.clock(), onBehalfOfName: acting.onBehalfOf ? app.roster.member(acting.onBehalfOf)?.name : undefined }) };
  }
  const now = app.clock();
  let unchanged = false;
  const stored = await app.cycles.updateSubmission(cycle.id, unit.id, (current): UnitSubmission | undefined => {
    const latest = latestVersion(current);
    if (latest && sameAnswers(latest.answers, answers)) {
      unchanged = true;
      return undefined;
    }
    const versions = current?.versions ?? [];
    const onBehalfOf = member.id !== unit.head ? unit.head : undefined;
    return { cycleId: cycle.id, unitId: unit.id, versions: [...versions, { version: versions.length + 1, submittedBy: member.id, onBehalfOf, at: now.toISOString(), late: isLate(cycle, now), answers }] };
  });
  const version = latestVersion(stored)!;
  if (plan) await recordTaskReports(app, plan.year, unit.id, member.id, version.answers.tasks);
  app.logger.info({ cycleId: cycle.id, unitId: unit.id, version: version.version, unchanged }, 'report submission stored');
  if (!unchanged) publish(app, { type: 'report.submitted', cycleId: cycle.id, unitId: unit.id });
  return { card: receiptCard(cycle, unit, version, app.roster, locale, acceptsSubmissions(cycle), unchanged ? s.receipt.unchanged : '', indicatorList(app)) };
}

/** `Sửa báo cáo`: the form again, filled with the latest version. */
export async function editReportAction(turn: ActionTurn, app: AppServices): Promise<ActionResult> {
  const locale = turn.caller.locale;
  const s = CYCLE[locale];
  const { cycle, unit } = await resolveTarget(turn, app);
  if (!acceptsSubmissions(cycle)) throw new ValidationError('cycle', s.closedForSubmissions(s.cycleStates[cycleState(cycle, app.clock())]));
  const latest = latestVersion(await app.cycles.getSubmission(cycle.id, unit.id));
  const absent = await readAbsentHeads(app);
  const acting = actingMember(unit, absent, app.roster);
  return {
    card: reportFormCard(cycle, unit, locale, {
      prefill: latest ? answersToInputs(latest.answers, cycle.questions) : {},
      plan: await loadFormPlan(app, cycle, unit),
      indicators: indicatorsOfUnit(app, cycle, unit),
      now: app.clock(),
      onBehalfOfName: acting.onBehalfOf ? app.roster.member(acting.onBehalfOf)?.name : undefined,
    }),
  };
}
