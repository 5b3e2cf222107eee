import type { Clock } from '../features/clock.ts';
import type { MailOutcome, Mailer, OutgoingMail } from '../features/ports.ts';
import type { Logger } from '../logging/logger.ts';
import type { DocumentStore } from '../store/document-store.ts';
import { GraphError, toGraphError } from './graph-error.ts';
import type { MailTransport } from './mail-transport.ts';
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
  constructor(
    private readonly store: DocumentStore,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async send(mail: OutgoingMail): Promise<MailOutcome> {
    const id = mailRecordId(mail.key);
    await this.store.update<MailRecord>(MAIL, id, (current) =>
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
    await this.store.update(PENDING, id, (current) => current ?? { id });
    return this.#attempt(id);
  }

  /** Retries every queued mail once; returns how many were delivered now. */
  async retryPending(): Promise<{ delivered: number; stillPending: number }> {
    let delivered = 0;
    let stillPending = 0;
    for (const id of await this.store.list(PENDING)) {
      const outcome = await this.#attempt(id);
      if (outcome.status === 'sent' || outcome.status === 'written') delivered++;
      else if (outcome.status === 'queued') stillPending++;
    }
    return { delivered, stillPending };
  }

  async #attempt(id: string): Promise<MailOutcome> {
    let outcome: MailOutcome = { status: 'queued', error: 'not attempted' };
    await this.store.update<MailRecord>(MAIL, id, async (record) => {
      if (!record) {
        outcome = { status: 'queued', error: 'missing record' };
        return undefined;
      }
      if (record.status === 'sent') {
        outcome = { status: 'already-sent', at: record.sentAt ?? '' };
        return undefined;
      }
      try {
        const result = await this.transport.deliver(toMail(record));
        const sentAt = this.clock().toISOString();
        outcome = this.transport.kind === 'graph' ? { status: 'sent', via: 'graph' } : { status: 'written', via: 'outbox', path: result.path ?? '' };
        return { ...record, status: 'sent', attempts: record.attempts + 1, sentAt, via: this.transport.kind, path: result.path, lastError: undefined };
      } catch (raw) {
        const error = toGraphError(raw);
        const graph = error instanceof GraphError ? { graphCode: error.graphCode, requestId: error.requestId } : {};
        this.logger.error({ mailKey: record.key, status: error.status, code: error.code, ...graph, attempts: record.attempts + 1 }, 'mail not delivered; kept in the outbox for retry');
        outcome = { status: 'queued', error: error.message };
        return { ...record, attempts: record.attempts + 1, lastError: error.message };
      }
    });
    if (outcome.status !== 'queued') await this.store.delete(PENDING, id);
    return outcome;
  }
}
