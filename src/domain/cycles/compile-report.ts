import type { Roster, Unit } from '../committee/committee.ts';
import { PAR_AREAS, PAR_AREA_TITLES, type ParArea } from '../par-areas.ts';
import { UNIT_DUTIES } from './unit-duties.ts';
import { localDate } from '../calendar/index.ts';
import type { AnnualPlan } from '../plan/plan-model.ts';
import type { CompiledReport, UnitText } from '../report/compiled-report.ts';
import { summarisePlanProgress } from '../report/plan-progress-summary.ts';
import type { Indicator } from '../indicators/indicator-schema.ts';
import { keyFigures } from '../report/key-figures.ts';
import type { Cycle } from './cycle.ts';
import { latestVersion, type ReportAnswers, type UnitSubmission } from './submission.ts';

/**
 * What a unit wrote under one PAR area: its assigned-area result, every unit's duties that belong to the
 * area (led by the duty's name) and a result it added outside its list; one text, a line each.
 */
function areaText(a: ReportAnswers, area: ParArea): string | undefined {
  const parts = [
    a.areas[area],
    ...UNIT_DUTIES.filter((d) => d.area === area && a.duties?.[d.id]).map((d) => `${d.lead}: ${a.duties![d.id]!}`),
    a.otherArea?.area === area ? a.otherArea.text : undefined,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join('\n') : undefined;
}

/**
 * Builds the Office's report from the latest version of every unit's submission: summary, a section
 * per PAR area gathering every unit's results, then difficulties, proposals and next-quarter tasks
 * with their unit names; the key figures summed; with the year's plan, its progress table. Pure; the same inputs give the same report.
 */
export function compileReport(cycle: Cycle, roster: Roster, submissions: Map<string, UnitSubmission>, compiledAt: Date, context: { plan?: AnnualPlan; indicators?: readonly Indicator[] } = {}): CompiledReport {
  const { plan, indicators = [] } = context;
  const units = cycle.targetUnits.map((id) => roster.unit(id)).filter((u): u is Unit => u !== undefined);
  const latest = units.map((unit) => ({ unit, version: latestVersion(submissions.get(unit.id)) }));
  const submitted = latest.filter((x) => x.version);
  const gather = (pick: (answers: NonNullable<(typeof latest)[number]['version']>['answers']) => string | undefined): UnitText[] =>
    submitted.flatMap(({ unit, version }) => {
      const text = pick(version!.answers);
      return text ? [{ unitId: unit.id, unitName: unit.name, text }] : [];
    });
  const report: CompiledReport = {
    cycleId: cycle.id,
    kind: cycle.kind,
    label: cycle.label,
    subject: cycle.subject,
    dataFrom: cycle.dataFrom,
    dataTo: cycle.dataTo,
    unitDeadline: cycle.unitDeadline,
    compiledAt: compiledAt.toISOString(),
    summary: {
      targetCount: units.length,
      submittedCount: submitted.length,
      lateCount: submitted.filter((x) => x.version!.late).length,
      missingUnits: latest.filter((x) => !x.version).map((x) => x.unit.name),
    },
    areas: cycle.kind === 'quarterly' ? PAR_AREAS.map((area) => ({ area, title: PAR_AREA_TITLES[area].vi, entries: gather((a) => areaText(a, area)) })) : [],
    taskProgress: submitted.flatMap(({ unit, version }) =>
      version!.answers.taskStatus ? [{ unitId: unit.id, unitName: unit.name, status: version!.answers.taskStatus, note: version!.answers.taskNote }] : [],
    ),
    difficulties: gather((a) => a.difficulties),
    proposals: gather((a) => a.proposals),
    nextQuarterTasks: gather((a) => a.nextQuarterTasks),
    questions: (cycle.questions ?? []).map((question, i) => ({ question, answers: gather((a) => a.answers[i]) })),
    evidence: submitted.filter(({ version }) => version!.answers.evidence.length > 0).map(({ unit, version }) => ({ unitId: unit.id, unitName: unit.name, urls: version!.answers.evidence })),
    units: latest.map(({ unit, version }) => ({
      unitId: unit.id,
      unitName: unit.name,
      headName: roster.member(unit.head)?.name ?? '',
      submittedAt: version?.at,
      onTime: version ? !version.late : undefined,
      version: version?.version,
      onBehalfOf: version?.onBehalfOf ? roster.member(version.submittedBy)?.name : undefined,
    })),
  };
  const figures = cycle.kind === 'quarterly' ? keyFigures(indicators, units, (id) => latestVersion(submissions.get(id))?.answers.indicators) : [];
  if (figures.length) report.keyFigures = figures;
  if (plan && cycle.kind === 'quarterly') report.planProgress = summarisePlanProgress(plan, roster.committee.units, localDate(compiledAt));
  return report;
}
