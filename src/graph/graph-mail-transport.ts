import type { OutgoingMail } from '../features/ports.ts';
import type { GraphApi } from './graph-api.ts';
import type { MailTransport } from './mail-transport.ts';

/** Sends through Graph `POST /users/{sender}/sendMail` (202; attachments inline, kept under 3 MB). */
export class GraphMailTransport implements MailTransport {
  readonly kind = 'graph' as const;

  constructor(
    private readonly graph: GraphApi,
    private readonly senderMailbox: string,
  ) {}

  async deliver(mail: OutgoingMail): Promise<Record<string, never>> {
    const recipients = (list: string[]) => list.map((address) => ({ emailAddress: { address } }));
    await this.graph.post(`/users/${encodeURIComponent(this.senderMailbox)}/sendMail`, {
      message: {
        subject: mail.subject,
        body: { contentType: 'HTML', content: mail.html },
        toRecipients: recipients(mail.to),
        ccRecipients: recipients(mail.cc),
        attachments: mail.attachments.map((a) => ({
          '@odata.type': '#microsoft.graph.fileAttachment',
          name: a.name,
          contentType: a.contentType,
          contentBytes: a.content.toString('base64'),
        })),
      },
      saveToSentItems: true,
    });
    return {};
  }
}
