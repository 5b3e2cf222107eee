import type { DelegationBook } from '../../domain/delegation/delegation.ts';
import type { Repositories } from '../repositories.ts';

/** The collection of the chief's delegation book (features/repositories.ts binds it). */
export const DELEGATIONS = 'delegations';

/** Every delegation given, revoked ones included (they explain who decided what). */
export async function readDelegations(app: { repos: Repositories }): Promise<DelegationBook> {
  return (await app.repos.delegations.get()) ?? { items: [] };
}

/** Updates the book under the store's per-document hold; `fn` returns undefined to change nothing. */
export function updateDelegations(app: { repos: Repositories }, fn: (book: DelegationBook) => DelegationBook | undefined): Promise<DelegationBook | undefined> {
  return app.repos.delegations.update((current) => fn(current ?? { items: [] }));
}
