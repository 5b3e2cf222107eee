import { formatDate, formatInstant, localDate } from '../../domain/calendar/index.ts';
import type { Member } from '../../domain/committee/committee.ts';
import { can, unitsActingFor, type Action } from '../../domain/committee/permissions.ts';
import { cycleState } from '../../domain/cycles/cycle.ts';
import { visibleOpenTasks } from '../../domain/meetings/index.ts';
import { onTimeRate } from '../../domain/stats/on-time-rate.ts';
import { ForbiddenError } from '../../errors/app-errors.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import { permissionContext } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { loadStatusView } from '../cycles/status-view.ts';
import { latestReportQuarter, loadStats } from '../history/stats-data.ts';
import { listMeetings, listTasks } from '../meetings/meeting-repo.ts';
import { hasSelfAssessmentReport } from './self-assessment-downloads.ts';
import { planProgressView, type PlanProgressView } from './plan-progress-view.ts';
import { selfAssessmentView, type SelfAssessmentView } from './self-assessment-view.ts';

/** A file the tab offers: the year's whole-committee file, or one unit's (`unitId`). */
export interface FileOffer {
  year: number;
  format: 'csv' | 'xlsx' | 'docx';
  unitId?: string;
  unit?: string;
}

/** Quarters the on-time chart covers. */
export const CHART_QUARTERS = 8;

/** The dashboard tab's data for one member, in their language; every number comes from the code the chat uses. */
export interface DashboardView {
  member: { id: string; name: string };
  locale: Locale;
  /** Leaders see every unit; a unit member their own. */
  scope: 'all' | 'own';
  units: Array<{ id: string; name: string }>;
  cycle: null | {
    id: string;
    label: string;
    deadline: string;
    state: string;
    workingDaysLeft: number;
    totals: { total: number; submitted: number; late: number; deputy: number; missing: number };
    rows: Array<{ unitId: string; unit: string; head: string; state: string; stateKey: string; at: string; version: number | null; submittedBy: string }>;
  };
  onTime: { quarters: string[]; units: Array<{ unitId: string; unit: string; onTime: number; late: number; missing: number; rate: number | null }> };
  meetings: Array<{ id: string; date: string; start: string; kind: string; place: string; invited: number; attending: number; onLeave: number; upcoming: boolean }>;
  tasks: { open: number; overdue: number; items: Array<{ content: string; unit: string; deadline: string; overdue: boolean }> };
  /** The year's CCHC plan by PAR area; null without a plan or the right to see it. */
  plan: PlanProgressView | null;
  /** The year's PAR self-assessment points by area; null while not open or not the member's to see. */
  selfAssessment: SelfAssessmentView | null;
  downloads: { stats: boolean; reports: Array<{ cycleId: string; label: string }>; selfAssessment: FileOffer[]; initiatives: FileOffer[] };
}

/**
 * Builds the tab's view for `member`, narrowed to `onlyUnit` when given (refused unless the member
 * may see it, as `tình hình` refuses). Permissions are the bot's: status.all/status.own, report.stats,
 * tasks.viewAll/tasks.viewOwn, report.history for the documents.
 */
export async function dashboardView(app: AppServices, member: Member, locale: Locale, onlyUnit?: string): Promise<DashboardView> {
  const s = CYCLE[locale];
  const ctx = await permissionContext(app);
  const ownUnits = [...new Set([...unitsActingFor(member, ctx), ...app.roster.unitsDeputisedBy(member.id).map((u) => u.id), ...app.roster.unitsHeadedBy(member.id).map((u) => u.id)])];
  // Another unit's data is the leaders' (status.all); a unit member asking for it is refused, as in chat.
  if (onlyUnit !== undefined && !can(member, 'status.all', ctx) && !ownUnits.includes(onlyUnit)) throw new ForbiddenError('status.all');
  // The secretary follows meetings and tasks but not submissions: no status for them, as in chat.
  const mayStatus = can(member, 'status.all', ctx) || can(member, 'status.own', ctx);
  const status = mayStatus ? await loadStatusView(app, member, onlyUnit) : undefined;
  const all = can(member, 'status.all', ctx) && onlyUnit === undefined;
  const visible = onlyUnit !== undefined ? [onlyUnit] : all ? 'all' : ownUnits;
  const sees = (unitId: string) => visible === 'all' || visible.includes(unitId);
  const unitName = (id: string) => app.roster.unit(id)?.name ?? id;

  const stats = await loadStats(app, await latestReportQuarter(app), CHART_QUARTERS);
  const today = localDate(app.clock());
  const taskUnits = onlyUnit !== undefined ? [onlyUnit] : can(member, 'tasks.viewAll', ctx) ? 'all' : ownUnits;
  const tasks = visibleOpenTasks(await listTasks(app), taskUnits);
  const meetings = (await listMeetings(app)).filter((m) => m.status === 'scheduled').sort((a, b) => b.date.localeCompare(a.date) || b.start.localeCompare(a.start));
  const reports = can(member, 'report.history', ctx) ? (await app.cycles.list()).filter((c) => c.state === 'sent') : [];
  // Plan, self-assessment and initiatives by the chat's own rights: the whole committee, or the member's units.
  const scopeOf = (allAction: Action, ownAction: Action): 'all' | string[] | undefined => {
    if (onlyUnit !== undefined) return can(member, allAction, ctx) || (can(member, ownAction, ctx) && ownUnits.includes(onlyUnit)) ? [onlyUnit] : undefined;
    if (can(member, allAction, ctx)) return 'all';
    return can(member, ownAction, ctx) && ownUnits.length > 0 ? ownUnits : undefined;
  };
  const planScope = scopeOf('plan.viewAll', 'plan.viewOwn');
  const saScope = scopeOf('selfAssessment.viewAll', 'selfAssessment.viewOwn');
  const selfAssessment = saScope ? await selfAssessmentView(app, saScope, locale) : null;
  const year = Number(today.slice(0, 4));
  const unitFiles = (unitIds: readonly string[], formats: Array<FileOffer['format']>, y: number): FileOffer[] => unitIds.flatMap((u) => formats.map((format) => ({ year: y, format, unitId: u, unit: unitName(u) })));
  const saFiles: FileOffer[] = !selfAssessment
    ? []
    : saScope === 'all'
      ? [{ year: selfAssessment.year, format: 'xlsx' }, ...((await hasSelfAssessmentReport(app, selfAssessment.year)) ? [{ year: selfAssessment.year, format: 'docx' as const }] : [])]
      : unitFiles(selfAssessment.units, ['xlsx'], selfAssessment.year);
  const initiativeScope = scopeOf('initiative.viewAll', 'initiative.register');
  const initiativeFiles: FileOffer[] = initiativeScope === 'all' ? [{ year, format: 'csv' }, { year, format: 'xlsx' }] : unitFiles(initiativeScope ?? [], ['csv', 'xlsx'], year);

  return {
    member: { id: member.id, name: member.name },
    locale,
    scope: all ? 'all' : 'own',
    units: app.roster.committee.units.filter((u) => sees(u.id)).map((u) => ({ id: u.id, name: u.name })),
    cycle: status
      ? {
          id: status.cycle.id,
          label: status.cycle.label,
          deadline: formatDate(status.cycle.unitDeadline),
          state: s.cycleStates[cycleState(status.cycle, app.clock())],
          workingDaysLeft: status.workingDaysLeft,
          totals: status.totals,
          rows: status.rows.map((row) => {
            const unit = app.roster.unit(row.unitId);
            return {
              unitId: row.unitId,
              unit: unit?.name ?? row.unitId,
              head: unit ? (app.roster.member(unit.head)?.name ?? '') : '',
              state: s.unitStates[row.state],
              stateKey: row.state,
              at: row.at ? formatInstant(row.at) : '',
              version: row.version ?? null,
              submittedBy: row.submittedBy ? (app.roster.member(row.submittedBy)?.name ?? '') : '',
            };
          }),
        }
      : null,
    onTime: {
      quarters: stats.quarters.map((q) => q.label),
      units: stats.rows.filter((r) => sees(r.unitId)).map((r) => ({ unitId: r.unitId, unit: unitName(r.unitId), onTime: r.onTime, late: r.late, missing: r.missing, rate: onTimeRate(r) })),
    },
    meetings: meetings.slice(0, 12).map((m) => {
      const responses = Object.values(m.responses);
      return {
        id: m.id,
        date: formatDate(m.date),
        start: m.start,
        kind: m.kind,
        place: m.place,
        invited: m.invitees.length,
        attending: responses.filter((r) => r.status === 'attending').length,
        onLeave: responses.filter((r) => r.status === 'leave-approved').length,
        upcoming: m.date >= today,
      };
    }),
    tasks: {
      open: tasks.length,
      overdue: tasks.filter((t) => t.deadline < today).length,
      items: tasks.slice(0, 50).map((t) => ({ content: t.content, unit: unitName(t.unitId), deadline: formatDate(t.deadline), overdue: t.deadline < today })),
    },
    plan: planScope ? await planProgressView(app, planScope, locale) : null,
    selfAssessment,
    downloads: { stats: can(member, 'report.stats', ctx), reports: reports.map((c) => ({ cycleId: c.id, label: c.label })), selfAssessment: saFiles, initiatives: initiativeFiles },
  };
}
