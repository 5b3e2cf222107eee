import { ValidationError } from '../../errors/app-errors.ts';
import { ABSENCE } from '../../i18n/absence-strings.ts';
import { setHeadAbsent } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { retryUndelivered } from '../cycles/send-report-cards.ts';
import { findUnits } from '../find-unit.ts';
import { requireMember, requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';

async function mark(turn: CommandTurn, app: AppServices, absent: boolean): Promise<Reply[]> {
  const member = requireMember(turn.caller);
  const s = ABSENCE[turn.caller.locale];
  const units = turn.args.trim() ? findUnits(app.roster, turn.args) : app.roster.unitsHeadedBy(member.id);
  if (units.length !== 1) throw new ValidationError('unit', units.length === 0 ? s.unknownUnit(turn.args) : s.ambiguousUnit(units.map((u) => u.name).join(', ')));
  const unit = units[0]!;
  await requirePermission(turn.caller, 'unit.markAbsent', app, unit.id);
  if (absent && !unit.deputy) throw new ValidationError('unit', s.noDeputy(unit.name));
  const changed = await setHeadAbsent(app, unit.id, absent, member.id, app.clock());
  // Open report forms follow the person who now reports for the unit (Điều 2.1).
  if (changed) app.tasks.run(`reroute-forms:${unit.id}`, () => retryUndelivered(app));
  const deputy = unit.deputy ? (app.roster.member(unit.deputy)?.name ?? unit.deputy) : '';
  const text = absent ? (changed ? s.markedAbsent(unit.name, deputy) : s.alreadyAbsent(unit.name)) : changed ? s.markedPresent(unit.name) : s.alreadyPresent(unit.name);
  return [{ type: 'text', text }];
}

/** `vắng <đơn vị>`: the unit's deputy reports and attends until `có mặt <đơn vị>`. */
export const markAbsentCommand = (turn: CommandTurn, app: AppServices) => mark(turn, app, true);

/** `có mặt <đơn vị>`: the head acts again. */
export const markPresentCommand = (turn: CommandTurn, app: AppServices) => mark(turn, app, false);
