import type { CriteriaSet } from '../../domain/par-criteria/criteria-schema.ts';
import type { SelfAssessment } from '../../domain/self-assessment/self-assessment.ts';
import { readAbsentHeads } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { actingMember } from '../cycles/acting-member.ts';
import { localeOf } from '../member-locale.ts';
import { criteriaSet } from './criteria-sets.ts';
import { formCard } from './form-card.ts';
import { SelfAssessmentRepo } from './self-assessment-repo.ts';

/** Who scores for a unit now: its head, or the deputy while the head is marked absent (Điều 2.1). */
export async function scorerOf(app: AppServices, unitId: string): Promise<string | undefined> {
  const unit = app.roster.unit(unitId);
  return unit ? actingMember(unit, await readAbsentHeads(app), app.roster).memberId : undefined;
}

/**
 * Sends each unit not yet reached its card (only `memberId`'s units when given), recording the
 * outcome per unit; returns the units still not reached.
 */
export async function sendUnitCards(app: AppServices, set: CriteriaSet, sa: SelfAssessment, memberId?: string): Promise<string[]> {
  const repo = new SelfAssessmentRepo(app.store);
  const missed: string[] = [];
  for (const unitId of sa.units) {
    if (sa.cards[unitId]?.status === 'sent') continue;
    const scorer = await scorerOf(app, unitId);
    if (!scorer || (memberId && scorer !== memberId)) {
      if (!memberId) missed.push(unitId);
      continue;
    }
    const card = formCard(set, sa, unitId, await repo.scores(sa.year, unitId), app.roster, await localeOf(app, scorer));
    const outcome = await app.messenger.send(scorer, { type: 'card', card });
    const at = app.clock().toISOString();
    await repo.update(sa.year, (current) =>
      current ? { ...current, cards: { ...current.cards, [unitId]: outcome.ok ? { memberId: scorer, status: 'sent', at } : { memberId: scorer, status: 'undelivered', at, detail: outcome.reason } } } : undefined,
    );
    if (!outcome.ok) {
      app.logger.warn({ year: sa.year, unitId, memberId: scorer, reason: outcome.reason }, 'self-assessment card not delivered');
      missed.push(unitId);
    }
  }
  return missed;
}

/** A member became reachable: the cards of open self-assessments that waited for them. */
export async function deliverWaitingCards(memberId: string, app: AppServices): Promise<void> {
  for (const sa of await new SelfAssessmentRepo(app.store).all()) {
    const set = criteriaSet(app, sa.year);
    if (!set || sa.compiledAt) continue;
    await sendUnitCards(app, set, sa, memberId);
  }
}
