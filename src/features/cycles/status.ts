import { renderCard } from '../../cards/render-card.ts';
import { can } from '../../domain/committee/permissions.ts';
import { cycleState } from '../../domain/cycles/cycle.ts';
import { statusTotals, unitStatus, type UnitState } from '../../domain/cycles/unit-status.ts';
import { ForbiddenError } from '../../errors/app-errors.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import { permissionContext } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { currentCycle } from './current-cycle.ts';
import { formatDate, formatInstant } from '../../domain/calendar/index.ts';

const COLORS: Record<UnitState, string> = { missing: 'Attention', submitted: 'Good', late: 'Warning', deputy: 'Accent' };
/** Rows a status card can hold under Teams' ~80 KB message limit; at city scale the rest is summarised. */
const MAX_ROWS = 150;
/** Units needing attention come first when the list is cut. */
const ORDER: Record<UnitState, number> = { missing: 0, late: 1, deputy: 2, submitted: 3 };

/** `tình hình`: one row per unit with totals (leaders); a unit member sees their own unit(s) only. */
export async function statusCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = requireMember(turn.caller);
  const s = CYCLE[turn.caller.locale];
  const ctx = await permissionContext(app);
  const all = can(member, 'status.all', ctx);
  if (!all && !can(member, 'status.own', ctx)) throw new ForbiddenError('status.own');
  const cycle = await currentCycle(app);
  if (!cycle) return [{ type: 'text', text: s.noCycle }];
  const own = new Set([...app.roster.unitsHeadedBy(member.id), ...app.roster.unitsDeputisedBy(member.id)].map((u) => u.id));
  const unitIds = cycle.targetUnits.filter((id) => all || own.has(id));
  const submissions = await app.cycles.submissions(cycle.id);
  const rows = unitIds.map((id) => unitStatus(id, submissions.get(id)));
  const totals = statusTotals(rows);
  const card = renderCard('cycle-status', {
    title: s.status.title(cycle.label),
    facts: [
      { label: s.status.deadline, value: formatDate(cycle.unitDeadline) },
      { label: s.status.state, value: s.cycleStates[cycleState(cycle, app.clock())] },
    ],
    columns: s.status.columns,
    rows: (rows.length > MAX_ROWS ? [...rows].sort((a, b) => ORDER[a.state] - ORDER[b.state]).slice(0, MAX_ROWS) : rows).map((row) => {
      const unit = app.roster.unit(row.unitId)!;
      return {
        unit: unit.name,
        head: app.roster.member(unit.head)?.name ?? '',
        state: s.unitStates[row.state],
        color: COLORS[row.state],
        at: row.at ? formatInstant(row.at) : '—',
        version: row.version ? String(row.version) : '—',
      };
    }),
    totals:
      s.status.totals({ total: totals.total, submitted: totals.submitted, late: totals.late, deputy: totals.deputy, missing: totals.missing }) +
      (rows.length > MAX_ROWS ? ` ${s.status.more(rows.length - MAX_ROWS)}` : ''),
  });
  return [{ type: 'card', card }];
}
