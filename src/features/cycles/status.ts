import { renderCard } from '../../cards/render-card.ts';
import { cycleState } from '../../domain/cycles/cycle.ts';
import type { UnitState } from '../../domain/cycles/unit-status.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { loadStatusView } from './status-view.ts';
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
  // The dashboard tab reads the same view, so its numbers are the card's.
  const view = await loadStatusView(app, member);
  if (!view) return [{ type: 'text', text: s.noCycle }];
  const { cycle, rows, totals } = view;
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
