import type { Clock } from '../features/clock.ts';
import type { MailOutcome, Mailer, OutgoingMail } from '../features/ports.ts';
import type { Logger } from '../logging/logger.ts';
import type { DocumentStore } from '../store/document-store.ts';
import { repository, type Repository } from '../store/repository.ts';
import { MAIL_RECORD_SHAPE, PENDING_MAIL_SHAPE } from '../store/shapes/mail-shapes.ts';
import { GraphError, toGraphError } from './graph-error.ts';
import type { DraftMailTransport, FileMailTransport, MailTransport } from './mail-transport.ts';
import { safeFileName } from '../util/safe-file-name.ts';

interface StoredAttachment {
  name: string;
  contentType: string;
  base64: string;
}

/** One mail in the durable outbox: written before the first attempt, marked sent after success. */
export interface MailRecord {
  key: string;
  status: 'pending' | 'sent';
  to: string[];
  cc: string[];
  subject: string;
  html: string;
  attachments: StoredAttachment[];
  attempts: number;
  lastError?: string;
  createdAt: string;
  sentAt?: string;
  via?: 'graph' | 'outbox';
  path?: string;
  /** Graph: the draft holding this mail, recorded before it is sent. */
  draftId?: string;
  /** Graph: when a send of the draft was first requested; from then on a retry checks the mailbox first. */
  sendRequestedAt?: string;
}

/** An entry of the pending index: the record's id. */
export interface PendingMail {
  id: string;
}

const MAIL = 'mail';
/** Pending keys live in their own small collection so the retry job never scans sent history. */
const PENDING = 'mail-pending';

/** Id of a mail's record in the 'mail' collection (and its 'mail-pending' entry), derived from its key. */
export function mailRecordId(key: string): string {
  return safeFileName(key, 'x').slice(0, -2);
}

function toMail(record: MailRecord): OutgoingMail {
  return {
    key: record.key,
    to: record.to,
    cc: record.cc,
    subject: record.subject,
    html: record.html,
    attachments: record.attachments.map((a) => ({ name: a.name, contentType: a.contentType, content: Buffer.from(a.base64, 'base64') })),
  };
}

/**
 * Mail that is never dropped and never sent twice for the same key: the record is stored
 * before delivery, attempts for one key are serialised, and failures stay queued for retry.
 */
export class DurableMailer implements Mailer {
  readonly #mail: Repository<MailRecord>;
  readonly #pending: Repository<PendingMail>;

  constructor(
    store: DocumentStore,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    this.#mail = repository(store, MAIL, MAIL_RECORD_SHAPE);
    this.#pending = repository(store, PENDING, PENDING_MAIL_SHAPE);
  }

  /** The store collections the mailer owns, verified at start with the features' collections. */
  static readonly collections = [MAIL, PENDING] as const;

  get kind(): 'graph' | 'outbox' {
    return this.transport.kind;
  }

  async wasSent(key: string): Promise<boolean> {
    return (await this.#mail.get(mailRecordId(key)))?.status === 'sent';
  }

  async send(mail: OutgoingMail): Promise<MailOutcome> {
    const id = mailRecordId(mail.key);
    await this.#mail.update(id, (current) =>
      current
        ? undefined
        : {
            key: mail.key,
            status: 'pending',
            to: mail.to,
            cc: mail.cc,
            subject: mail.subject,
            html: mail.html,
            attachments: mail.attachments.map((a) => ({ name: a.name, contentType: a.contentType, base64: a.content.toString('base64') })),
            attempts: 0,
            createdAt: this.clock().toISOString(),
          },
    );
    // Indexed as pending before the first attempt, so a crash mid-delivery still leaves it queued.
    await this.#pending.update(id, (current) => current ?? { id });
    return this.#attempt(id);
  }

  /** Retries every queued mail once; returns how many were delivered now. */
  async retryPending(): Promise<{ delivered: number; stillPending: number }> {
    let delivered = 0;
    let stillPending = 0;
    for (const id of await this.#pending.ids()) {
      const outcome = await this.#attempt(id);
      if (outcome.status === 'sent' || outcome.status === 'written') delivered++;
      else if (outcome.status === 'queued') stillPending++;
    }
    return { delivered, stillPending };
  }

  async #attempt(id: string): Promise<MailOutcome> {
    const outcome = this.transport.kind === 'graph' ? await this.#viaDraft(id, this.transport) : await this.#toFile(id, this.transport);
    if (outcome.status !== 'queued') await this.#pending.delete(id);
    return outcome;
  }

  /** Local outbox: one step; writing the same key again overwrites the same file. */
  async #toFile(id: string, transport: FileMailTransport): Promise<MailOutcome> {
    let outcome: MailOutcome = { status: 'queued', error: 'missing record' };
    await this.#mail.update(id, async (record) => {
      if (!record || record.status === 'sent') {
        if (record) outcome = { status: 'already-sent', at: record.sentAt ?? '' };
        return undefined;
      }
      try {
        const result = await transport.deliver(toMail(record));
        outcome = { status: 'written', via: 'outbox', path: result.path };
        return { ...record, status: 'sent', attempts: record.attempts + 1, sentAt: this.clock().toISOString(), via: 'outbox', path: result.path, lastError: undefined };
      } catch (raw) {
        return this.#failed(record, raw, (o) => (outcome = o));
      }
    });
    return outcome;
  }

  /**
   * Graph, exactly once: (1) create the draft and record its id; (2) add the attachments the draft
   * could not carry (only what it lacks) and record that a send is requested — or, when an earlier attempt already requested it, ask the mailbox whether the
   * draft went out; (3) send it. A failure after (3) reached Graph (a 504 after the work, a
   * timeout, a crash) is settled by the check in (2), never by sending again. Each step holds the
   * record's lock, so concurrent attempts for one mail run one after the other.
   */
  async #viaDraft(id: string, transport: DraftMailTransport): Promise<MailOutcome> {
    let outcome: MailOutcome = { status: 'queued', error: 'missing record' };
    let proceed = false;
    const step = (fn: (record: MailRecord) => Promise<MailRecord | undefined>) =>
      this.#mail.update(id, async (record) => {
        proceed = false;
        if (!record) return undefined;
        if (record.status === 'sent') {
          outcome = { status: 'already-sent', at: record.sentAt ?? '' };
          return undefined;
        }
        try {
          return await fn(record);
        } catch (raw) {
          return this.#failed(record, raw, (o) => (outcome = o));
        }
      });
    const sent = (record: MailRecord): MailRecord => {
      outcome = { status: 'sent', via: 'graph' };
      return { ...record, status: 'sent', attempts: record.attempts + 1, sentAt: this.clock().toISOString(), via: 'graph', lastError: undefined };
    };

    await step(async (record) => {
      if (record.draftId) {
        proceed = true;
        return undefined;
      }
      const draftId = await transport.createDraft(toMail(record));
      proceed = true;
      return { ...record, draftId };
    });
    if (!proceed) return outcome;
    await step(async (record) => {
      if (!record.draftId) return undefined;
      if (record.sendRequestedAt) {
        const state = await transport.draftState(record.draftId);
        if (state === 'sent') return sent(record);
        if (state === 'missing') {
          // Gone after a send was requested: sent and then deleted from Sent Items is the likely story; a second mail is the worse error.
          this.logger.warn({ mailKey: record.key }, 'draft no longer found after a send request; counted as sent, not sent again');
          return sent(record);
        }
      }
      // Before any send is requested, the draft gets the attachments too large for its POST (again after a crash mid-upload): a draft is never sent without them.
      if (!record.sendRequestedAt) await transport.completeDraft(record.draftId, toMail(record));
      proceed = true;
      return { ...record, sendRequestedAt: record.sendRequestedAt ?? this.clock().toISOString() };
    });
    if (!proceed) return outcome;
    await step(async (record) => {
      if (!record.draftId) return undefined;
      try {
        await transport.sendDraft(record.draftId);
      } catch (raw) {
        // The send may have been done before the error (a 504 after the work, a retry refused as already sent): the mailbox knows.
        const state = await transport.draftState(record.draftId).catch((checkError: unknown) => {
          this.logger.warn({ err: checkError, mailKey: record.key }, 'could not check the draft after a failed send; the next retry checks again');
          return 'unknown' as const;
        });
        if (state === 'sent') return sent(record);
        throw raw;
      }
      return sent(record);
    });
    return outcome;
  }

  #failed(record: MailRecord, raw: unknown, report: (outcome: MailOutcome) => void): MailRecord {
    const error = toGraphError(raw);
    const graph = error instanceof GraphError ? { graphCode: error.graphCode, requestId: error.requestId } : {};
    this.logger.error({ mailKey: record.key, status: error.status, code: error.code, ...graph, attempts: record.attempts + 1 }, 'mail not delivered; kept in the outbox for retry');
    report({ status: 'queued', error: error.message });
    return { ...record, attempts: record.attempts + 1, lastError: error.message };
  }
}
