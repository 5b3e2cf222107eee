import type { AdaptiveCardJson } from '../cards/render-card.ts';

/** What a feature asks Teams to show: plain text or an Adaptive Card. */
export type Reply = { type: 'text'; text: string } | { type: 'card'; card: AdaptiveCardJson };

/** Why a proactive message did not reach a member. */
export type UndeliveredReason = 'no-reference' | 'blocked' | 'failed';

export type SendOutcome =
  | { ok: true; activityId: string; conversationId: string }
  | { ok: false; reason: UndeliveredReason; detail: string };

/** Outbound port for proactive Teams messages (implemented in src/teams by the throttled sender). */
export interface Messenger {
  /**
   * Sends to a member's 1:1 chat, honouring Teams rate limits and retrying transient failures. `beforeCall`
   * runs once, while the first attempt waits for its rate-limit slot, and has finished before that attempt goes on the wire.
   */
  send(memberId: string, reply: Reply, options?: { beforeCall?: () => Promise<void> }): Promise<SendOutcome>;
  /** Replaces an earlier proactive message (e.g. a progress card) in a member's chat. */
  update(memberId: string, activityId: string, reply: Reply): Promise<SendOutcome>;
}

export interface MailAttachment {
  name: string;
  contentType: string;
  content: Buffer;
}

export interface OutgoingMail {
  /** Stable key: the same key is never sent twice (e.g. "report-2026-q4"). */
  key: string;
  to: string[];
  cc: string[];
  subject: string;
  html: string;
  attachments: MailAttachment[];
}

export type MailOutcome =
  | { status: 'sent'; via: 'graph' }
  | { status: 'written'; via: 'outbox'; path: string }
  | { status: 'already-sent'; at: string }
  | { status: 'queued'; error: string };

/** Outbound port for email: Microsoft Graph, or a local .eml outbox without credentials. */
export interface Mailer {
  /** `graph` delivers to mailboxes; `outbox` writes .eml files locally (no credentials), so features hand files over instead. */
  readonly kind: 'graph' | 'outbox';
  send(mail: OutgoingMail): Promise<MailOutcome>;
  /** Whether the mail with this key has gone out (sent through Graph or written to the outbox). */
  wasSent(key: string): Promise<boolean>;
}

/** Where a file a member asked for is put when there is no mailbox to send it to (local mode: the outbox folder). */
export interface FileShelf {
  /** Stores the file under a safe name and returns where the member can open it. */
  put(fileName: string, content: Buffer | string): Promise<string>;
}

/** A team channel the bot may write in, as stored when the committee linked it (plain data, no SDK types). */
export interface ChannelAddress {
  serviceUrl: string;
  /** The channel's conversation id (19:…@thread.tacv2). */
  conversationId: string;
  tenantId?: string;
  botId: string;
  botName?: string;
}

/** Someone @mentioned in a channel post: the text carries `<at>name</at>` for each. */
export interface Mention {
  /** The Teams user id (29:…) or, failing that, the Entra object id. */
  id: string;
  name: string;
}

/** A channel post: the reply, the people it @mentions, and the post it answers (a reply in that thread). */
export interface ChannelPost {
  reply: Reply;
  mentions?: Mention[];
  /** Activity id of the thread's first post; absent = a new post in the channel. */
  inThreadOf?: string;
}

/** Outbound port for the committee channel: the same pacing, retries and app-wide budget as 1:1 messages. */
export interface ChannelMessenger {
  /** Posts in the channel; `beforeCall` runs once before the first attempt goes on the wire (a durable intent). */
  post(channel: ChannelAddress, post: ChannelPost, options?: { beforeCall?: () => Promise<void> }): Promise<SendOutcome>;
  /** Replaces an earlier post of the bot in the channel (the status board), keeping its activity id. */
  replace(channel: ChannelAddress, activityId: string, post: ChannelPost): Promise<SendOutcome>;
}
