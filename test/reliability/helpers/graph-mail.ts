import type { FakeGraph } from '../../helpers/fake-graph.ts';

/** A mail as Graph delivered it: recipients, subject and attachments. */
export interface DeliveredMail {
  to: string[];
  subject: string;
  attachments: Array<{ name: string; contentBytes: string }>;
}

interface GraphMessage {
  subject: string;
  toRecipients: Array<{ emailAddress: { address: string } }>;
  attachments?: Array<{ name: string; contentBytes: string }>;
}

/** Every mail the Graph double accepted for delivery. */
export function sentMails(graph: FakeGraph): DeliveredMail[] {
  return graph.calls
    .filter((c) => c.method === 'POST' && c.path.endsWith('/sendMail'))
    .map((c) => c.body.message as GraphMessage)
    .map((m) => ({ to: m.toRecipients.map((r) => r.emailAddress.address), subject: m.subject, attachments: m.attachments ?? [] }));
}
