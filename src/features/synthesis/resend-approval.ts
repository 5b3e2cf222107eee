import type { AppServices } from '../app-services.ts';
import { localeOf } from '../member-locale.ts';
import { approvalCard } from './synthesis-cards.ts';
import { SynthesisRepo } from './synthesis-repo.ts';

/**
 * A member just became reachable (installed the app, wrote first): every approval card that could not
 * reach them is sent now, while the synthesis still waits for signature. Sent and recorded under the
 * synthesis document, so two turns at once never send it twice.
 */
export async function resendApprovalCards(app: AppServices, memberId: string): Promise<void> {
  const repo = new SynthesisRepo(app.store);
  for (const cycle of await app.cycles.list()) {
    const synthesis = await repo.get(cycle.id);
    if (synthesis?.state !== 'submitted' || !synthesis.approvalUndelivered?.includes(memberId)) continue;
    const report = await app.cycles.getCompiled(cycle.id);
    if (!report) continue;
    const onBehalfOfChief = !app.roster.member(memberId)?.roles.includes('chief');
    const card = approvalCard(cycle, report, synthesis, app.roster, await localeOf(app, memberId), { onBehalfOfChief });
    await repo.update(cycle.id, async (c) => {
      if (c?.state !== 'submitted' || !c.approvalUndelivered?.includes(memberId)) return undefined;
      const sent = await app.messenger.send(memberId, { type: 'card', card });
      if (!sent.ok) {
        app.logger.warn({ cycleId: cycle.id, memberId, reason: sent.reason }, 'approval card still not delivered');
        return undefined;
      }
      app.logger.info({ cycleId: cycle.id, memberId }, 'approval card delivered once the approver could be reached');
      return { ...c, approvalUndelivered: c.approvalUndelivered.filter((id) => id !== memberId) };
    });
  }
}
