import type { OutgoingMail } from '../features/ports.ts';
import type { GraphApi } from './graph-api.ts';
import { toGraphError } from './graph-error.ts';
import type { DraftMailTransport, DraftState } from './mail-transport.ts';

/**
 * Message ids that survive the move from Drafts to Sent Items, so a sent draft can still be looked
 * up by the id recorded before sending (https://learn.microsoft.com/graph/outlook-immutable-id).
 */
const IMMUTABLE_IDS = { Prefer: 'IdType="ImmutableId"' };

/**
 * Sends through Graph in two steps: `POST /users/{sender}/messages` (a draft with the attachments
 * inline, kept under 3 MB) and `POST /users/{sender}/messages/{id}/send`. `sendMail` has no
 * idempotency key; a draft's id is one the bot can check before any retry.
 */
export class GraphMailTransport implements DraftMailTransport {
  readonly kind = 'graph' as const;

  constructor(
    private readonly graph: Pick<GraphApi, 'post' | 'get'>,
    private readonly senderMailbox: string,
  ) {}

  #messages(): string {
    return `/users/${encodeURIComponent(this.senderMailbox)}/messages`;
  }

  async createDraft(mail: OutgoingMail): Promise<string> {
    const recipients = (list: string[]) => list.map((address) => ({ emailAddress: { address } }));
    const draft = await this.graph.post<{ id: string }>(
      this.#messages(),
      {
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
      IMMUTABLE_IDS,
    );
    return draft.id;
  }

  async sendDraft(draftId: string): Promise<void> {
    await this.graph.post(`${this.#messages()}/${encodeURIComponent(draftId)}/send`, undefined, IMMUTABLE_IDS);
  }

  async draftState(draftId: string): Promise<DraftState> {
    try {
      const message = await this.graph.get<{ isDraft?: boolean }>(`${this.#messages()}/${encodeURIComponent(draftId)}?$select=isDraft`, IMMUTABLE_IDS);
      return message.isDraft === false ? 'sent' : 'draft';
    } catch (raw) {
      const error = toGraphError(raw);
      if (error.status === 404) return 'missing';
      throw error;
    }
  }
}
