import type { Poll } from '../../domain/polls/poll-model.ts';
import type { AppServices } from '../app-services.ts';

export const POLLS = 'polls';

/** Every stored poll, oldest first (decided ones are the committee's history of decisions). */
export async function listPolls(app: AppServices): Promise<Poll[]> {
  return (await app.repos.polls.all()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The poll a card names, or undefined (unknown or unsafe id: cardRef turns those into ''). */
export async function findPoll(app: AppServices, pollId: string): Promise<Poll | undefined> {
  return pollId ? app.repos.polls.get(pollId) : undefined;
}

/** Read-modify-write of one poll; `fn` returning undefined changes nothing. */
export function updatePoll(app: AppServices, pollId: string, fn: (current: Poll | undefined) => Poll | undefined): Promise<Poll | undefined> {
  return app.repos.polls.update(pollId, fn);
}

/** Ledger document of a poll's reminder and result. */
export function pollDoc(pollId: string): string {
  return `poll-${pollId}`;
}
