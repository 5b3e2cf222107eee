import type { OutgoingMail } from '../features/ports.ts';

/** Where a mail physically goes: Microsoft Graph, or a folder of .eml files in local mode. */
export interface MailTransport {
  readonly kind: 'graph' | 'outbox';
  /** Delivers once; throws on failure (GraphError tells whether a retry can help). */
  deliver(mail: OutgoingMail): Promise<{ path?: string }>;
}
