import { teamOf } from '../../domain/inspections/inspection-rules.ts';
import type { AppServices } from '../app-services.ts';
import { localeOf } from '../member-locale.ts';
import { unitRecipient } from '../meetings/meeting-repo.ts';
import { requestCard, teamCard } from './inspection-cards.ts';
import { listInspections } from './inspection-repo.ts';

/**
 * Gives every team member their card and every inspected unit its request, each once: a delivery
 * is claimed on the inspection before it goes out and released when Teams refuses it, so a member
 * who installs the app later (onMemberReachable) still gets theirs and nobody gets a second one.
 */
export async function deliverInspection(app: AppServices, inspectionId: string, onlyMember?: string): Promise<void> {
  const inspection = await app.repos.inspections.get(inspectionId);
  if (!inspection || inspection.status !== 'open') return;
  const pending: Array<{ key: string; memberId: string; unitId?: string }> = [
    ...teamOf(inspection).map((memberId) => ({ key: `team:${memberId}`, memberId })),
    ...(await Promise.all(inspection.unitIds.map(async (unitId) => ({ key: `unit:${unitId}`, memberId: (await unitRecipient(app, unitId)) ?? '', unitId })))),
  ].filter((p) => p.memberId && !inspection.delivered.includes(p.key) && (!onlyMember || p.memberId === onlyMember));
  for (const item of pending) {
    if (!(await claim(app, inspectionId, item.key, true))) continue;
    try {
      const locale = await localeOf(app, item.memberId);
      const card = item.unitId ? requestCard(inspection, item.unitId, locale, app) : teamCard(inspection, item.memberId, locale, app);
      const outcome = await app.messenger.send(item.memberId, { type: 'card', card });
      if (!outcome.ok) {
        app.logger.warn({ memberId: item.memberId, inspectionId, reason: outcome.reason }, 'inspection card not delivered');
        await claim(app, inspectionId, item.key, false);
      }
    } catch (error) {
      app.logger.error({ err: error, memberId: item.memberId, inspectionId }, 'inspection card failed');
      await claim(app, inspectionId, item.key, false);
    }
  }
}

/**
 * Marks a delivery as taken before the card goes out (so two passes at once cannot both send it), or
 * releases it when Teams did not take the card, so the member gets it once reachable. True when this call took it.
 */
async function claim(app: AppServices, inspectionId: string, key: string, take: boolean): Promise<boolean> {
  let changed = false;
  await app.repos.inspections.update(inspectionId, (current) => {
    if (!current || current.delivered.includes(key) === take) return undefined;
    changed = true;
    return { ...current, delivered: take ? [...current.delivered, key] : current.delivered.filter((k) => k !== key) };
  });
  return changed;
}

/** A member became reachable: their team card or unit request of every open inspection, if it has not reached them yet. */
export async function deliverToReachableMember(memberId: string, app: AppServices): Promise<void> {
  for (const inspection of await listInspections(app)) {
    if (inspection.status === 'open') await deliverInspection(app, inspection.id, memberId);
  }
}
