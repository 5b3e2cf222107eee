import { Activity, type ConversationReference } from '@microsoft/agents-activity';
import type { CloudAdapter } from '@microsoft/agents-hosting';
import type { JwtPayload } from 'jsonwebtoken';
import type { ChannelAddress, ChannelMessenger, ChannelPost, Messenger, Reply, SendOutcome } from '../features/ports.ts';
import type { Logger } from '../logging/logger.ts';
import type { ConversationRefs, StoredConversation } from '../store/conversation-refs.ts';
import { NetworkError } from '../errors/network-error.ts';
import { ConnectorError, toConnectorError } from './connector-error.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { DEFAULT_RETRY, isTransient, retryDelay, type RetryPolicy } from './retry-policy.ts';
import { Semaphore } from './semaphore.ts';
import { toActivity } from './to-activity.ts';
import { channelActivity, channelReference } from './channel-activity.ts';

export interface ProactiveSenderOptions {
  retry?: RetryPolicy;
  /** Calls in flight at once; further sends wait (the queue is the callers' own awaits). */
  maxConcurrent?: number;
  /** A call that takes longer is treated as a network failure and retried. */
  timeoutMs?: number;
  /** Waits between attempts (injected by tests to record the delays instead of sleeping). */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function toReference(ref: StoredConversation): ConversationReference {
  return {
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    conversation: { id: ref.conversationId, conversationType: 'personal', tenantId: ref.tenantId, isGroup: false } as ConversationReference['conversation'],
    user: { id: ref.userId, aadObjectId: ref.aadObjectId },
    agent: { id: ref.botId, name: ref.botName },
    locale: ref.locale,
  };
}

/** Where one proactive call goes: the reference to continue, the conversation the rate windows count, who for the logs. */
interface Target {
  reference: ConversationReference;
  conversationId: string;
  log: Record<string, string>;
}

/** The one way the bot writes proactively, to members and to the committee channel: paced, retried, and honest about failures. */
export class ProactiveSender implements Messenger, ChannelMessenger {
  readonly #retry: RetryPolicy;
  readonly #slots: Semaphore;
  readonly #timeoutMs: number;
  readonly #sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly identity: string | JwtPayload,
    private readonly refs: ConversationRefs,
    private readonly limiter: RateLimiter,
    private readonly logger: Logger,
    options: ProactiveSenderOptions = {},
  ) {
    this.#retry = options.retry ?? DEFAULT_RETRY;
    this.#slots = new Semaphore(options.maxConcurrent ?? 64);
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#sleep = options.sleep ?? realSleep;
  }

  send(memberId: string, reply: Reply, options: { beforeCall?: () => Promise<void> } = {}): Promise<SendOutcome> {
    return this.#toMember(memberId, options.beforeCall, (reference) => this.#post(reference, toActivity(reply)));
  }

  update(memberId: string, activityId: string, reply: Reply): Promise<SendOutcome> {
    return this.#toMember(memberId, undefined, (reference) => this.#put(reference, activityId, toActivity(reply)));
  }

  post(channel: ChannelAddress, post: ChannelPost, options: { beforeCall?: () => Promise<void> } = {}): Promise<SendOutcome> {
    const reference = channelReference(channel, post.inThreadOf);
    return this.#deliver({ reference, conversationId: channel.conversationId, log: { channel: channel.conversationId } }, options.beforeCall, () => this.#postNew(reference, channelActivity(post)));
  }

  replace(channel: ChannelAddress, activityId: string, post: ChannelPost): Promise<SendOutcome> {
    const reference = channelReference(channel);
    return this.#deliver({ reference, conversationId: channel.conversationId, log: { channel: channel.conversationId } }, undefined, () => this.#put(reference, activityId, channelActivity(post)));
  }

  async #post(reference: ConversationReference, activity: ReturnType<typeof toActivity>): Promise<string> {
    let activityId = '';
    await this.adapter.continueConversation(this.identity, reference, async (context) => {
      const response = await context.sendActivity(activity);
      activityId = response?.id ?? '';
    });
    return activityId;
  }

  /**
   * A new post (or a reply in the thread the reference names): POST …/activities without a reply-to id. The
   * turn context would reply to the continuation event's made-up id instead, which in a channel means a thread.
   */
  async #postNew(reference: ConversationReference, activity: ReturnType<typeof toActivity>): Promise<string> {
    let activityId = '';
    await this.adapter.continueConversation(this.identity, reference, async (context) => {
      const client = context.turnState.get(context.adapter.ConnectorClientKey) as { sendToConversation(id: string, body: Activity): Promise<{ id?: string }> };
      const body = Activity.fromObject({ ...activity, channelId: 'msteams', serviceUrl: reference.serviceUrl, conversation: reference.conversation, from: reference.agent });
      activityId = (await client.sendToConversation(reference.conversation.id, body))?.id ?? '';
    });
    return activityId;
  }

  async #put(reference: ConversationReference, activityId: string, activity: ReturnType<typeof toActivity>): Promise<string> {
    await this.adapter.continueConversation(this.identity, reference, async (context) => {
      await context.updateActivity({ ...activity, id: activityId, conversation: context.activity.conversation } as Parameters<typeof context.updateActivity>[0]);
    });
    return activityId;
  }

  async #toMember(memberId: string, beforeCall: (() => Promise<void>) | undefined, call: (reference: ConversationReference) => Promise<string>): Promise<SendOutcome> {
    const ref = await this.refs.get(memberId);
    if (!ref) return { ok: false, reason: 'no-reference', detail: 'member has never opened a chat with the bot' };
    const reference = toReference(ref);
    return this.#deliver({ reference, conversationId: ref.conversationId, log: { memberId } }, beforeCall, () => call(reference));
  }

  async #deliver(target: Target, beforeCall: (() => Promise<void>) | undefined, call: () => Promise<string>): Promise<SendOutcome> {
    return this.#slots.use(async () => {
      for (let attempt = 0; ; attempt++) {
        // The caller's record goes down first, then the slot is taken: nothing with a varying latency stands between
        // the slot and the wire. (Taken together, a slow write made a call start after its slot, together with the
        // calls of later slots: 8 starts in 22 ms and 51 in one second against a 40/s shared budget, measured in
        // test/pg/multi-instance.test.ts when a surviving instance took a killed fan-out over.)
        if (attempt === 0) await beforeCall?.();
        await this.limiter.acquire(target.conversationId);
        try {
          const activityId = await this.#withTimeout(call());
          return { ok: true, activityId, conversationId: target.conversationId };
        } catch (raw) {
          const error = toConnectorError(raw);
          if (error.status === 403) {
            this.logger.warn({ ...target.log, status: 403 }, 'member blocked the bot, left the tenant, or the bot was removed from the team');
            return { ok: false, reason: 'blocked', detail: error.message };
          }
          if (!isTransient(error.status) || attempt + 1 >= this.#retry.maxAttempts) {
            this.logger.error({ ...target.log, status: error.status, attempts: attempt + 1, err: error }, 'proactive message not delivered');
            return { ok: false, reason: 'failed', detail: error.message };
          }
          const delay = retryDelay(this.#retry, attempt, error instanceof ConnectorError ? error.retryAfterMs : undefined);
          this.logger.info({ ...target.log, status: error.status, delay }, 'proactive message throttled or failed; retrying');
          await this.#sleep(delay);
        }
      }
    });
  }

  #withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new NetworkError('connector', `no answer within ${this.#timeoutMs} ms`)), this.#timeoutMs);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }
}
