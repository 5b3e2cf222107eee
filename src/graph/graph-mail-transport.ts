import { NetworkError } from '../errors/network-error.ts';
import type { MailAttachment, OutgoingMail } from '../features/ports.ts';
import { planAttachments, UPLOAD_CHUNK_BYTES, UPLOAD_SESSION_MIN } from './attachment-plan.ts';
import type { GraphApi } from './graph-api.ts';
import { GraphError, toGraphError } from './graph-error.ts';
import type { DraftMailTransport, DraftState } from './mail-transport.ts';

/**
 * Message ids that survive the move from Drafts to Sent Items, so a sent draft can still be looked
 * up by the id recorded before sending (https://learn.microsoft.com/graph/outlook-immutable-id).
 */
const IMMUTABLE_IDS = { Prefer: 'IdType="ImmutableId"' };

interface UploadSession {
  uploadUrl: string;
}

interface AttachmentListing {
  value: Array<{ name: string }>;
  '@odata.nextLink'?: string;
}

/**
 * Sends through Graph in steps: `POST /users/{sender}/messages` (a draft with the attachments that
 * fit inline, under 3 MB in all), then the others added to the draft (an upload session for 3 MB and
 * more, a POST for a smaller one that did not fit), then `POST /users/{sender}/messages/{id}/send`.
 * `sendMail` has no idempotency key; a draft's id is one the bot can check before any retry.
 */
export class GraphMailTransport implements DraftMailTransport {
  readonly kind = 'graph' as const;

  constructor(
    private readonly graph: Pick<GraphApi, 'post' | 'get'>,
    private readonly senderMailbox: string,
    /** Bounds each PUT of an upload chunk (GRAPH_TIMEOUT_MS); those go past GraphApi, which would add a bearer token. */
    private readonly uploadTimeoutMs = 60_000,
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
        attachments: planAttachments(mail.html, mail.attachments).inline.map(fileAttachment),
      },
      IMMUTABLE_IDS,
    );
    return draft.id;
  }

  /**
   * Adds to the draft the attachments createDraft left out and the draft does not hold yet (it asks
   * the draft's attachment list, by name), so after a crash mid-upload the retry adds only what is
   * missing. An upload cut short never becomes an attachment (its session just expires), so each
   * missing file gets a fresh session from byte 0.
   */
  async completeDraft(draftId: string, mail: OutgoingMail): Promise<void> {
    const { inline, later } = planAttachments(mail.html, mail.attachments);
    if (later.length === 0) return;
    const attachments = `${this.#messages()}/${encodeURIComponent(draftId)}/attachments`;
    const present = new Map<string, number>();
    for (let page: string | undefined = `${attachments}?$select=name,size`; page; ) {
      const listing: AttachmentListing = await this.graph.get<AttachmentListing>(page, IMMUTABLE_IDS);
      for (const { name } of listing.value) present.set(name, (present.get(name) ?? 0) + 1);
      page = listing['@odata.nextLink'];
    }
    // The inline ones came with the draft; whatever else the list holds under a name was added by an earlier attempt.
    for (const a of inline) present.set(a.name, (present.get(a.name) ?? 0) - 1);
    for (const attachment of later) {
      const held = present.get(attachment.name) ?? 0;
      if (held > 0) {
        present.set(attachment.name, held - 1);
        continue;
      }
      if (attachment.content.length >= UPLOAD_SESSION_MIN) await this.#upload(attachments, attachment);
      else await this.graph.post(attachments, fileAttachment(attachment), IMMUTABLE_IDS);
    }
  }

  async #upload(attachments: string, attachment: MailAttachment): Promise<void> {
    const total = attachment.content.length;
    const session = await this.graph.post<UploadSession>(
      `${attachments}/createUploadSession`,
      { AttachmentItem: { attachmentType: 'file', name: attachment.name, size: total, contentType: attachment.contentType } },
      IMMUTABLE_IDS,
    );
    for (let start = 0; start < total; start += UPLOAD_CHUNK_BYTES) {
      const chunk = attachment.content.subarray(start, Math.min(start + UPLOAD_CHUNK_BYTES, total));
      const end = start + chunk.length - 1;
      let response: Response;
      try {
        // No Authorization header: the URL is pre-authenticated, and a Graph bearer token there is refused (wrong audience).
        response = await fetch(session.uploadUrl, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(chunk.length), 'Content-Range': `bytes ${start}-${end}/${total}` },
          body: new Uint8Array(chunk),
          signal: AbortSignal.timeout(this.uploadTimeoutMs),
        });
      } catch (raw) {
        throw new NetworkError('graph', `upload of ${attachment.name}, bytes ${start}-${end}: ${String((raw as Error).message ?? raw)}`, { cause: raw });
      }
      const last = end === total - 1;
      if (response.status !== (last ? 201 : 200)) {
        const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
        throw new GraphError(response.status, body.error?.code ?? 'upload_failed', `Microsoft Graph ${response.status}: upload of ${attachment.name}, bytes ${start}-${end}: ${body.error?.message ?? response.statusText}`);
      }
      await response.body?.cancel();
    }
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

function fileAttachment(a: MailAttachment) {
  return { '@odata.type': '#microsoft.graph.fileAttachment', name: a.name, contentType: a.contentType, contentBytes: a.content.toString('base64') };
}
