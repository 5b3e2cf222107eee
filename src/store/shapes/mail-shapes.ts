import { z } from 'zod';
import type { MailRecord, PendingMail } from '../../graph/durable-mailer.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';
import { text } from './fields.ts';

/** `mail/<id>`: one mail of the durable outbox. Version 1 is the shape since the outbox exists. */
export const MAIL_RECORD_SHAPE: DocumentShape<MailRecord> = {
  version: 1,
  schema: schemaOf<MailRecord>()(
    z.looseObject({
      key: text,
      status: z.enum(['pending', 'sent']),
      to: z.array(text),
      cc: z.array(text),
      subject: text,
      html: text,
      attachments: z.array(z.looseObject({ name: text, contentType: text, base64: text })),
      attempts: z.number().int().min(0),
      lastError: text.optional(),
      createdAt: text,
      sentAt: text.optional(),
      via: z.enum(['graph', 'outbox']).optional(),
      path: text.optional(),
      draftId: text.optional(),
      sendRequestedAt: text.optional(),
    }),
  ),
};

/** `mail-pending/<id>`: a mail still to deliver (the index the retry job reads). */
export const PENDING_MAIL_SHAPE: DocumentShape<PendingMail> = {
  version: 1,
  schema: schemaOf<PendingMail>()(z.looseObject({ id: text })),
};
