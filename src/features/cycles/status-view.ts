import { localDate, workingDaysBetween } from '../../domain/calendar/index.ts';
import type { Member } from '../../domain/committee/committee.ts';
import { can } from '../../domain/committee/permissions.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import { statusTotals, unitStatus, type UnitStatusRow } from '../../domain/cycles/unit-status.ts';
import { ForbiddenError } from '../../errors/app-errors.ts';
import { permissionContext } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { currentCycle } from './current-cycle.ts';

/** What `tình hình` and the dashboard tab both show: the current cycle's units for this member. */
export interface StatusView {
  cycle: Cycle;
  /** True when the member sees every unit (leaders); false: their own unit(s) only. */
  all: boolean;
  rows: UnitStatusRow[];
  totals: ReturnType<typeof statusTotals>;
  /** Working days from today to the unit deadline (negative once it passed). */
  workingDaysLeft: number;
}

/**
 * The status the member may see: every unit for leaders (status.all), their own unit(s) otherwise
 * (status.own); `onlyUnit` narrows to one unit and is refused when it is not theirs to see.
 * Undefined when no cycle was ever opened.
 */
export async function loadStatusView(app: AppServices, member: Member, onlyUnit?: string): Promise<StatusView | undefined> {
  const ctx = await permissionContext(app);
  const all = can(member, 'status.all', ctx);
  if (!all && !can(member, 'status.own', ctx)) throw new ForbiddenError('status.own');
  const own = new Set([...app.roster.unitsHeadedBy(member.id), ...app.roster.unitsDeputisedBy(member.id)].map((u) => u.id));
  if (onlyUnit !== undefined && !all && !own.has(onlyUnit)) throw new ForbiddenError('status.all');
  const cycle = await currentCycle(app);
  if (!cycle) return undefined;
  const unitIds = cycle.targetUnits.filter((id) => (onlyUnit !== undefined ? id === onlyUnit : all || own.has(id)));
  const submissions = await app.cycles.submissions(cycle.id);
  const rows = unitIds.map((id) => unitStatus(id, submissions.get(id)));
  const workingDaysLeft = workingDaysBetween(app.calendar, localDate(app.clock()), cycle.unitDeadline);
  return { cycle, all, rows, totals: statusTotals(rows), workingDaysLeft };
}
