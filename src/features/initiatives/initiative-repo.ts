import { createHash } from 'node:crypto';
import type { Unit } from '../../domain/committee/committee.ts';
import type { Initiative } from '../../domain/initiatives/initiative-model.ts';
import { foldText } from '../../domain/commands/normalize-text.ts';
import type { AppServices } from '../app-services.ts';
import { INITIATIVE_SHAPE } from '../../store/shapes/initiative-shapes.ts';
import { repository, type Repository } from '../../store/repository.ts';

/** The store collection of initiatives, one document each. */
export const INITIATIVES = 'initiatives';

/** The initiatives repository over the app's store. */
export function initiativesRepo(app: Pick<AppServices, 'store'>): Repository<Initiative> {
  return repository<Initiative>(app.store, INITIATIVES, INITIATIVE_SHAPE);
}

/** Every initiative, oldest first. */
export async function listInitiatives(app: AppServices): Promise<Initiative[]> {
  return (await initiativesRepo(app).all()).sort((a, b) => a.registeredAt.localeCompare(b.registeredAt));
}

/**
 * The id of a registration: the same member registering the same title for the same unit gets the same
 * id, so a double click (or a Teams retry) registers once.
 */
export function initiativeIdOf(memberId: string, unitId: string, title: string): string {
  return `ini-${createHash('sha256').update(`${memberId}|${unitId}|${foldText(title)}`).digest('hex').slice(0, 16)}`;
}

/** The unit the roster marks as responsible for initiatives (Điều 6 mục 2.9), if any. */
export function reviewingUnit(app: Pick<AppServices, 'roster'>): Unit | undefined {
  return app.roster.committee.units.find((u) => u.duties?.includes('initiatives'));
}
