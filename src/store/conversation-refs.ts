import type { Locale } from '../i18n/locale.ts';
import type { DocumentStore } from './document-store.ts';
import { repository, singleDocument, type Repository, type SingleDocument } from './repository.ts';
import { AAD_LINKS_SHAPE, CONVERSATION_SHAPE } from './shapes/member-shapes.ts';

/** What the bot needs to message a member proactively in their 1:1 chat. */
export interface StoredConversation {
  memberId: string;
  serviceUrl: string;
  channelId: string;
  tenantId?: string;
  conversationId: string;
  userId: string;
  aadObjectId?: string;
  botId: string;
  botName?: string;
  /** The language of the member's Teams client when they last wrote (not necessarily the bot's answer language). */
  locale: Locale;
  updatedAt: string;
}

/** Conversation references, one per member. */
export const CONVERSATIONS = 'conversations';
/** Small directory documents: absent heads (features/repositories.ts), Entra links (here). */
export const DIRECTORY = 'directory';
const LINKS = { collection: DIRECTORY, id: 'aad-links' } as const;

/** Conversation references per member, and Entra object ids learned by email when the roster lacks them. */
export class ConversationRefs {
  readonly #refs: Repository<StoredConversation>;
  readonly #links: SingleDocument<Record<string, string>>;

  constructor(store: DocumentStore) {
    this.#refs = repository(store, CONVERSATIONS, CONVERSATION_SHAPE);
    this.#links = singleDocument(store, LINKS.collection, LINKS.id, AAD_LINKS_SHAPE);
  }

  /** The stored reference of a member's 1:1 chat, if the member ever reached the bot. */
  get(memberId: string): Promise<StoredConversation | undefined> {
    return this.#refs.get(memberId);
  }

  /**
   * Saves a reference, writing only when something changed (every message calls this).
   * Resolves true when the member had no reference before: the bot can reach them for the first time.
   */
  async save(ref: StoredConversation): Promise<boolean> {
    // Almost every turn brings the reference already stored: a plain read answers it without holding the document
    // (on PostgreSQL a held update costs a transaction and an advisory lock); a change still goes through update.
    const stored = await this.#refs.get(ref.memberId);
    if (stored && sameRef(stored, ref)) return false;
    let first = false;
    await this.#refs.update(ref.memberId, (current) => {
      first = current === undefined;
      if (current && sameRef(current, ref)) return undefined;
      return ref;
    });
    return first;
  }

  /** Member id learned for an Entra object id, when it was linked by email. */
  async linkedMember(aadObjectId: string): Promise<string | undefined> {
    const links = await this.#links.get();
    return links?.[aadObjectId.toLowerCase()];
  }

  /** Remembers that an Entra object id belongs to a member. */
  async link(aadObjectId: string, memberId: string): Promise<void> {
    await this.#links.update((links) => {
      const key = aadObjectId.toLowerCase();
      if (links?.[key] === memberId) return undefined;
      return { ...(links ?? {}), [key]: memberId };
    });
  }
}

function sameRef(a: StoredConversation, b: StoredConversation): boolean {
  return (
    a.serviceUrl === b.serviceUrl &&
    a.conversationId === b.conversationId &&
    a.userId === b.userId &&
    a.locale === b.locale &&
    a.tenantId === b.tenantId &&
    a.aadObjectId === b.aadObjectId &&
    a.botId === b.botId
  );
}
