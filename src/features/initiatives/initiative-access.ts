import { localDate } from '../../domain/calendar/index.ts';
import { can, type PermissionContext } from '../../domain/committee/permissions.ts';
import type { Member } from '../../domain/committee/committee.ts';
import type { Initiative } from '../../domain/initiatives/initiative-model.ts';
import type { AppServices } from '../app-services.ts';
import { ownUnitIds } from '../plan/plan-command.ts';

/** Whether a member sees an initiative: those who see all, its unit's head and deputy, its author. */
export function maySee(app: AppServices, member: Member, ctx: PermissionContext, i: Initiative): boolean {
  return can(member, 'initiative.viewAll', ctx) || i.registeredBy === member.id || ownUnitIds(app, member.id).includes(i.unitId);
}

/** The units a member registers for: those they head or deputise; any unit for an officer who heads none. */
export function registrableUnits(app: AppServices, memberId: string): Array<{ id: string; name: string }> {
  const own = ownUnitIds(app, memberId);
  const units = own.length ? own.map((id) => app.roster.unit(id)!) : app.roster.committee.units;
  return units.map((u) => ({ id: u.id, name: u.name }));
}

/** An initiative belongs to a year's list when registered or recognised in it. */
export function inYear(i: Initiative, year: number): boolean {
  return localDate(new Date(i.registeredAt)).startsWith(`${year}-`) || Boolean(i.recognisedOn?.startsWith(`${year}-`));
}
