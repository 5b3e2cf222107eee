import type { Initiative } from '../../src/domain/initiatives/initiative-model.ts';
import { applyProgress } from '../../src/domain/plan/plan-progress.ts';
import { responsibleUnits } from '../../src/domain/self-assessment/scored-items.ts';
import { reviewScores, saveScores } from '../../src/domain/self-assessment/self-assessment.ts';
import type { AppServices } from '../../src/features/app-services.ts';
import { initiativesRepo } from '../../src/features/initiatives/initiative-repo.ts';
import { updatePlan } from '../../src/features/plan/plan-repo.ts';
import { criteriaSet } from '../../src/features/self-assessment/criteria-sets.ts';
import { SelfAssessmentRepo } from '../../src/features/self-assessment/self-assessment-repo.ts';

/** Marks plan tasks of 2026 done on `today` (through the domain's own progress rule). */
export async function markDone(app: AppServices, taskIds: string[], today: string, by: string): Promise<void> {
  await updatePlan(app, 2026, (plan) => plan && { ...plan, tasks: plan.tasks.map((t) => (taskIds.includes(t.id) ? applyProgress(t, 2026, { status: 'done', result: 'Đã hoàn thành', at: `${today}T03:00:00Z`, by, today }) : t)) });
}

/** Opens the 2026 self-assessment on the illustrative set, as `tự chấm điểm 2026 hạn …` stores it. */
export async function openSelfAssessment(app: AppServices, at: Date): Promise<void> {
  const set = criteriaSet(app, 2026)!;
  await new SelfAssessmentRepo(app.store).update(2026, () => ({ year: 2026, deadline: '2026-12-15', openedAt: at.toISOString(), openedBy: 'thuong-truc', units: responsibleUnits(set), cards: {} }));
}

/** A unit's scores (criterion id → points) saved as one version, then reviewed as `reviewed` says (criterion id → the score that counts). */
export async function score(app: AppServices, unitId: string, by: string, points: Record<string, number>, at: Date, reviewed: Record<string, number> = {}): Promise<void> {
  const entries = Object.fromEntries(Object.entries(points).map(([id, p]) => [id, { score: p, explanation: 'Giải trình', evidence: ['https://vanphong.example.gov.vn/minh-chung'] }]));
  await new SelfAssessmentRepo(app.store).updateScores(2026, unitId, (current) => {
    const saved = saveScores(current, 2026, unitId, entries, by, at.toISOString()).scores;
    if (Object.keys(reviewed).length === 0) return saved;
    const inputs = Object.fromEntries(Object.entries(reviewed).map(([id, p]) => [id, { score: p, note: 'Điều chỉnh theo minh chứng' }]));
    const review = reviewScores(saved, saved.versions.at(-1)!.version, inputs, 'thuong-truc', at.toISOString());
    if (!review.ok) throw new Error(`review refused: ${review.reason}`);
    return review.scores;
  });
}

/** A recognised initiative of a unit, created as the review flow leaves it. */
export function createInitiative(overrides: Partial<Initiative> & Pick<Initiative, 'id' | 'unitId' | 'title'>): Initiative {
  const fields = { authors: 'Nguyễn Văn A', area: 'tthc' as const, description: 'Mô tả', expectedEffect: 'Rút ngắn thời gian xử lý hồ sơ', startDate: '2026-03-01' };
  return { ...fields, status: 'recognised', registeredBy: 'thuong-truc', registeredAt: '2026-03-02T02:00:00Z', recognisedOn: '2026-10-20', versions: [], events: [], ...overrides };
}

/** Stores initiatives as the initiatives feature does. */
export async function storeInitiatives(app: AppServices, initiatives: Initiative[]): Promise<void> {
  for (const i of initiatives) await initiativesRepo(app).update(i.id, () => i);
}
