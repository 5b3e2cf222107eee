import { endOfLocalDay, localDate } from '../../domain/calendar/index.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import { quarterId, quarterLabel, quarterOf, type Quarter } from '../../domain/cycles/quarter.ts';
import type { UnitSubmission } from '../../domain/cycles/submission.ts';
import { compareQuarters, quarterWindow } from '../../domain/stats/quarter-window.ts';
import { computeUnitStats, statsTotals, type CycleFacts, type StatsTotals, type UnitStats } from '../../domain/stats/unit-stats.ts';
import { attendanceByMember, quartersSpan, type MemberAttendance } from '../../domain/stats/attendance-stats.ts';
import type { AppServices } from '../app-services.ts';
import { listMeetings } from '../meetings/meeting-repo.ts';

/** One quarter of the window; `cycleId` is absent when no quarterly cycle was opened for it. */
export interface WindowQuarter {
  quarter: Quarter;
  id: string;
  label: string;
  cycleId?: string;
}

/** Everything the stats card and the CSV show; `rows[i].outcomes` follow `quarters` with a cycle. */
export interface StatsView {
  quarters: WindowQuarter[];
  rows: UnitStats[];
  unitNames: Map<string, string>;
  totals: StatsTotals;
  /** Meeting attendance per member over the same quarters (present / absent with leave / without). */
  attendance: MemberAttendance[];
  memberNames: Map<string, string>;
}

const QUARTER_ID = /^(\d{4})-q([1-4])$/;

/** "2026-q4" -> the quarter; undefined for anything else (ad-hoc ids, forged card data). */
export function parseQuarterId(id: string): Quarter | undefined {
  const m = QUARTER_ID.exec(id);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as Quarter['quarter'] } : undefined;
}

/** Where the window ends: the newest quarter with a quarterly cycle, else the current quarter. */
export async function latestReportQuarter(app: AppServices): Promise<Quarter> {
  const quarters = (await app.cycles.list()).filter((c) => c.kind === 'quarterly').flatMap((c) => parseQuarterId(c.id) ?? []);
  return quarters.sort(compareQuarters).at(-1) ?? quarterOf(app.clock());
}

function facts(cycle: Cycle, submissions: Map<string, UnitSubmission>, now: Date): CycleFacts {
  const firstSubmissions = new Map<string, { on: string; late: boolean }>();
  for (const [unitId, submission] of submissions) {
    const first = submission.versions[0];
    if (first) firstSubmissions.set(unitId, { on: localDate(new Date(first.at)), late: first.late });
  }
  // Compiling closes the cycle even before the deadline: a unit without a report then counts as missing.
  const deadlinePassed = cycle.state !== 'open' || now.getTime() > endOfLocalDay(cycle.unitDeadline).getTime();
  return { cycleId: cycle.id, unitDeadline: cycle.unitDeadline, deadlinePassed, targetUnits: cycle.targetUnits, firstSubmissions };
}

/** Reads the quarterly cycles of `n` quarters ending with `last` and computes per-unit statistics. */
export async function loadStats(app: AppServices, last: Quarter, n: number): Promise<StatsView> {
  const quarters: WindowQuarter[] = [];
  const cycleFacts: CycleFacts[] = [];
  const now = app.clock();
  for (const quarter of quarterWindow(last, n)) {
    const id = quarterId(quarter);
    const cycle = await app.cycles.get(id);
    const opened = cycle?.kind === 'quarterly' ? cycle : undefined;
    quarters.push({ quarter, id, label: opened?.label ?? quarterLabel(quarter, 'vi'), ...(opened ? { cycleId: opened.id } : {}) });
    if (opened) cycleFacts.push(facts(opened, await app.cycles.submissions(opened.id), now));
  }
  const rosterIds = app.roster.committee.units.map((u) => u.id);
  // Units removed from the roster since still appear, under their id, so past counts add up.
  const formerIds = [...new Set(cycleFacts.flatMap((c) => c.targetUnits))].filter((id) => !rosterIds.includes(id));
  const unitIds = [...rosterIds, ...formerIds];
  const rows = computeUnitStats(cycleFacts, unitIds, app.calendar).filter((row) => row.outcomes.some((o) => o.kind !== 'not-targeted'));
  const unitNames = new Map(unitIds.map((id) => [id, app.roster.unit(id)?.name ?? id]));
  const span = quartersSpan(quarters[0]!.quarter, quarters.at(-1)!.quarter);
  const memberIds = app.roster.committee.members.map((m) => m.id);
  const attendance = attendanceByMember(await listMeetings(app), memberIds, span.from, span.to, localDate(now));
  const memberNames = new Map(app.roster.committee.members.map((m) => [m.id, m.name]));
  return { quarters, rows, unitNames, totals: statsTotals(rows), attendance, memberNames };
}
