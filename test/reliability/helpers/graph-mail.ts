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

/** Every mail the Graph double delivered (drafts that were sent). */
export function sentMails(graph: FakeGraph): DeliveredMail[] {
  return graph
    .sentMails()
    .map((m) => m.message as unknown as GraphMessage)
    .map((m) => ({ to: m.toRecipients.map((r) => r.emailAddress.address), subject: m.subject, attachments: m.attachments ?? [] }));
}
