import { teamOf } from '../../domain/inspections/inspection-rules.ts';
import type { Inspection } from '../../domain/inspections/inspection-model.ts';
import type { AppServices } from '../app-services.ts';
import type { JobContext } from '../jobs/job-context.ts';
import { localeOf } from '../member-locale.ts';
import { unitRecipient } from '../meetings/meeting-repo.ts';
import { SEND_LEASE_MS } from '../polls/poll-delivery.ts';
import { requestCard, teamCard } from './inspection-cards.ts';
import { listInspections } from './inspection-repo.ts';

type Which = 'never-tried' | 'undelivered';

/** Whether a card may be claimed now: not delivered, no live claim, and (unless retrying) not refused before. */
function claimable(inspection: Inspection, key: string, now: Date, which: Which): boolean {
  if (inspection.delivered.includes(key)) return false;
  const claimedAt = inspection.sending?.[key];
  if (claimedAt && now.getTime() - new Date(claimedAt).getTime() < SEND_LEASE_MS) return false;
  return which === 'undelivered' || !inspection.undelivered?.[key];
}

/**
 * Gives every team member their card and every inspected unit its request, each at most once: a
 * card is claimed (with a lease) before it goes out and settled after — delivered, or Teams'
 * refusal. Run at creation, by the `inspections/deliver` job (nothing tried yet, or a claim whose
 * process died) and when a member becomes reachable (`undelivered`, e.g. installed the app late).
 */
export async function deliverInspection(app: AppServices, inspectionId: string, which: Which = 'never-tried', onlyMember?: string): Promise<void> {
  const inspection = await app.repos.inspections.get(inspectionId);
  if (!inspection || inspection.status !== 'open') return;
  const pending: Array<{ key: string; memberId: string; unitId?: string }> = [
    ...teamOf(inspection).map((memberId) => ({ key: `team:${memberId}`, memberId })),
    ...(await Promise.all(inspection.unitIds.map(async (unitId) => ({ key: `unit:${unitId}`, memberId: (await unitRecipient(app, unitId)) ?? '', unitId })))),
  ].filter((p) => p.memberId && (!onlyMember || p.memberId === onlyMember));
  for (const item of pending) {
    const now = app.clock();
    let claimed: Inspection | undefined;
    await app.repos.inspections.update(inspectionId, (current) => {
      if (!current || current.status !== 'open' || !claimable(current, item.key, now, which)) return undefined;
      claimed = { ...current, sending: { ...current.sending, [item.key]: now.toISOString() } };
      return claimed;
    });
    if (!claimed) continue;
    let refused: string | undefined;
    try {
      const locale = await localeOf(app, item.memberId);
      const card = item.unitId ? requestCard(claimed, item.unitId, locale, app) : teamCard(claimed, item.memberId, locale, app);
      const outcome = await app.messenger.send(item.memberId, { type: 'card', card });
      if (!outcome.ok) refused = outcome.reason;
    } catch (error) {
      app.logger.error({ err: error, memberId: item.memberId, inspectionId }, 'inspection card failed');
      refused = 'failed';
    }
    if (refused) app.logger.warn({ memberId: item.memberId, inspectionId, reason: refused }, 'inspection card not delivered');
    await app.repos.inspections.update(inspectionId, (current) => {
      if (!current) return undefined;
      const { [item.key]: _settled, ...sending } = current.sending ?? {};
      const { [item.key]: _earlier, ...undelivered } = current.undelivered ?? {};
      return refused ? { ...current, sending, undelivered: { ...undelivered, [item.key]: refused } } : { ...current, sending, undelivered, delivered: [...current.delivered, item.key] };
    });
  }
}

/** `inspections/deliver`: the open inspections' cards nobody tried yet, or whose send died with its process. */
export async function deliverMissingInspectionCards(ctx: JobContext): Promise<void> {
  for (const inspection of await listInspections(ctx.app)) {
    if (ctx.shouldStop()) return;
    if (inspection.status === 'open') await deliverInspection(ctx.app, inspection.id);
  }
}

/** A member became reachable: their team card or unit request of every open inspection, if it has not reached them yet. */
export async function deliverToReachableMember(memberId: string, app: AppServices): Promise<void> {
  for (const inspection of await listInspections(app)) {
    if (inspection.status === 'open') await deliverInspection(app, inspection.id, 'undelivered', memberId);
  }
}
