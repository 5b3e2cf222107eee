import type { Member } from '../../domain/committee/committee.ts';
import { DELEGATION } from '../../i18n/delegation-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import { permissionContext } from '../absences.ts';
import type { AppServices } from '../app-services.ts';

/** Who decides for the chief right now, and whether they act "thay mặt Trưởng Ban Chỉ đạo". */
export interface DecisionMaker {
  memberIds: string[];
  /** True while the chief has delegated to the deputy chief (Điều 5.1): messages carry that note. */
  onBehalfOfChief: boolean;
}

/**
 * The members who receive what goes to the chief — approvals, poll results, inspection reports,
 * reports for signature: the chief, or the deputy chief while a delegation is in force today
 * (features/delegation). Every feature asks here, so delegation is decided in one place.
 */
export async function decisionMaker(app: AppServices): Promise<DecisionMaker> {
  const ctx = await permissionContext(app);
  const deputies = app.roster.withRole('deputyChief').map((m) => m.id);
  if (ctx.approvalDelegated && deputies.length > 0) return { memberIds: deputies, onBehalfOfChief: true };
  return { memberIds: app.roster.withRole('chief').map((m) => m.id), onBehalfOfChief: false };
}

/** How a decision is signed: the member's name, with "thay mặt Trưởng Ban Chỉ đạo" when a deputy chief decides under delegation. */
export function signedBy(member: Member, locale: Locale): string {
  return member.roles.includes('chief') ? member.name : DELEGATION[locale].onBehalf(member.name);
}
