import type { OutgoingMail } from '../features/ports.ts';

/** Local mode: a mail becomes a file in one step (writing it twice overwrites the same file). */
export interface FileMailTransport {
  readonly kind: 'outbox';
  /** Delivers once; throws on failure. */
  deliver(mail: OutgoingMail): Promise<{ path: string }>;
}

/** Where a draft stands in the sender's mailbox. */
export type DraftState = 'draft' | 'sent' | 'missing';

/**
 * Graph: a mail is a draft first, then the draft is sent. The draft's id is recorded between the
 * two steps, so a retry asks the mailbox whether that message already went out instead of sending it again.
 */
export interface DraftMailTransport {
  readonly kind: 'graph';
  /** Creates the draft with the attachments that fit in one request; returns its id. */
  createDraft(mail: OutgoingMail): Promise<string>;
  /**
   * Adds to the draft every attachment of `mail` it does not hold yet (the large ones); safe to
   * call again after a failure or a crash. A draft is sent only after this returned.
   */
  completeDraft(draftId: string, mail: OutgoingMail): Promise<void>;
  /** Sends a draft created by createDraft. */
  sendDraft(draftId: string): Promise<void>;
  /** Whether the message with that id is still a draft, was sent, or is gone. */
  draftState(draftId: string): Promise<DraftState>;
}

/** Where a mail physically goes: Microsoft Graph, or a folder of .eml files in local mode. */
export type MailTransport = FileMailTransport | DraftMailTransport;
