import { localDate } from '../../domain/calendar/index.ts';
import { can } from '../../domain/committee/permissions.ts';
import { parsePlanQuery } from '../../domain/plan/parse-plan-query.ts';
import { filterTasks } from '../../domain/plan/plan-progress.ts';
import { ForbiddenError } from '../../errors/app-errors.ts';
import { PLAN } from '../../i18n/plan-strings.ts';
import { permissionContext } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { findUnits } from '../find-unit.ts';
import { requireMember } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { planCard } from './plan-card.ts';
import { getPlan } from './plan-repo.ts';

/** The units a member answers for in the plan: those they head or deputise. */
export function ownUnitIds(app: AppServices, memberId: string): string[] {
  return [...new Set([...app.roster.unitsHeadedBy(memberId), ...app.roster.unitsDeputisedBy(memberId)].map((u) => u.id))];
}

/**
 * `kế hoạch [năm] [đơn vị] [quý] [trạng thái]`: leaders see every task (or a unit's), a unit member
 * sees the tasks their unit leads or cooperates on.
 */
export async function planCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = requireMember(turn.caller);
  const locale = turn.caller.locale;
  const s = PLAN[locale];
  const ctx = await permissionContext(app);
  const leader = can(member, 'plan.viewAll', ctx);
  const query = parsePlanQuery(turn.args);
  const today = localDate(app.clock());
  const year = query.year ?? Number(today.slice(0, 4));
  let unitIds: string[] | undefined;
  let scope = '';
  if (query.unitText) {
    const units = findUnits(app.roster, query.unitText);
    if (units.length !== 1) return [{ type: 'text', text: s.badFilter(turn.args.trim()) }];
    if (!leader && !ownUnitIds(app, member.id).includes(units[0]!.id)) throw new ForbiddenError('plan.viewAll');
    unitIds = [units[0]!.id];
    scope = units[0]!.name;
  } else if (!leader) {
    unitIds = ownUnitIds(app, member.id);
    scope = unitIds.map((id) => app.roster.unit(id)?.name ?? id).join(', ');
  }
  const plan = await getPlan(app, year);
  if (!plan) return [{ type: 'text', text: s.noPlan(year) }];
  const tasks = filterTasks(plan, { unitIds, quarter: query.quarter, status: query.status }, today);
  const filters = [query.quarter ? s.quarter(query.quarter) : '', query.status ? (query.status === 'overdue' ? s.overdue : s.statuses[query.status]) : ''].filter(Boolean);
  return [{ type: 'card', card: planCard(plan, tasks, { roster: app.roster, today, locale, scope: [scope, ...filters].filter(Boolean).join(' · '), editable: can(member, 'plan.edit', ctx) }) }];
}
