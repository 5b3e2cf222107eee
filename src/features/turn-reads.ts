import { deepFreeze } from '../util/deep-freeze.ts';
import { ConversationRefs, CONVERSATIONS, DIRECTORY } from '../store/conversation-refs.ts';
import type { DocKey } from '../store/document-store.ts';
import { MEMBER_SETTINGS, MemberSettings } from '../store/member-settings.ts';
import { TurnStore } from '../store/turn-store.ts';
import type { AppServices } from './app-services.ts';
import { DELEGATIONS } from './delegation/delegation-repo.ts';
import { CHANNEL } from './channel/channel-docs.ts';
import { absentHeadsDocument, channelLinkDocument, delegationsDocument, plansRepository } from './repositories.ts';
import type { SingleDocument } from './repository.ts';

/** The app as one turn sees it, and the call that ends the turn's memory of what it read. */
export interface TurnReads {
  app: AppServices;
  /** Reads ahead, together, the small documents every turn of this member reads, and `extra` (one query on PostgreSQL). */
  prefetch(memberId: string, extra?: DocKey[]): Promise<void>;
  end(): void;
}

/**
 * What each turn of a member reads: language, conversation reference, absent heads, delegations before its handler,
 * and the channel link that the events a turn publishes (a report submitted) read as they start.
 */
export function memberTurnKeys(memberId: string): DocKey[] {
  return [
    { collection: MEMBER_SETTINGS, id: memberId },
    { collection: CONVERSATIONS, id: memberId },
    { collection: DIRECTORY, id: 'absent-heads' },
    { collection: DELEGATIONS, id: 'chief' },
    { collection: CHANNEL, id: 'link' },
  ];
}

/**
 * One read per turn of the small directory documents that every guarded step consults: a card submission
 * asked for the absent-head marks three times and the chief's delegations twice (permission check, acting
 * deputy, receipt), each a store round trip on PostgreSQL. Within the turn the first read is shared (frozen:
 * no caller can change what another sees) and a write through the turn forgets it. The turn's store is a
 * TurnStore, so `prefetch` can read those and the member's own documents in one query. Once the turn has ended,
 * work it left running in the background (a fan-out) reads the store again, so it never acts on a stale copy.
 */
export function withTurnReads(app: AppServices): TurnReads {
  let open = true;
  const store = new TurnStore(app.store);
  // Only what a turn reads ahead goes through the turn's store (the directory documents, the channel link, the plans);
  // every other repository stays the app's own object, not built again per turn.
  const memo = <T>(doc: SingleDocument<T>): SingleDocument<T> => {
    let pending: Promise<T | undefined> | undefined;
    return {
      get() {
        if (!open) return doc.get();
        pending ??= doc.get().then(deepFreeze, (error: unknown) => {
          pending = undefined;
          throw error;
        });
        return pending;
      },
      async update(fn) {
        pending = undefined;
        try {
          return await doc.update(fn);
        } finally {
          pending = undefined;
        }
      },
    };
  };
  const repos = { ...app.repos, absentHeads: memo(absentHeadsDocument(store)), delegations: memo(delegationsDocument(store)), channelLink: channelLinkDocument(store), plans: plansRepository(store) };
  return {
    app: { ...app, store, cycles: app.cycles.over(store), refs: new ConversationRefs(store), memberSettings: new MemberSettings(store), repos },
    prefetch: (memberId, extra = []) => store.prefetch([...memberTurnKeys(memberId), ...extra]),
    end: () => {
      open = false;
      store.end();
    },
  };
}
