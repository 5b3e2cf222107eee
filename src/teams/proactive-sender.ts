import type { ConversationReference } from '@microsoft/agents-activity';
import type { CloudAdapter } from '@microsoft/agents-hosting';
import type { JwtPayload } from 'jsonwebtoken';
import type { Messenger, Reply, SendOutcome } from '../features/ports.ts';
import type { Logger } from '../logging/logger.ts';
import type { ConversationRefs, StoredConversation } from '../store/conversation-refs.ts';
import { NetworkError } from '../errors/network-error.ts';
import { ConnectorError, toConnectorError } from './connector-error.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { DEFAULT_RETRY, isTransient, retryDelay, type RetryPolicy } from './retry-policy.ts';
import { Semaphore } from './semaphore.ts';
import { toActivity } from './to-activity.ts';

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

/** The one way the bot writes to members proactively: paced, retried, and honest about failures. */
export class ProactiveSender implements Messenger {
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
    return this.#deliver(memberId, options.beforeCall, async (ref) => {
      let activityId = '';
      await this.adapter.continueConversation(this.identity, toReference(ref), async (context) => {
        const response = await context.sendActivity(toActivity(reply));
        activityId = response?.id ?? '';
      });
      return activityId;
    });
  }

  update(memberId: string, activityId: string, reply: Reply): Promise<SendOutcome> {
    return this.#deliver(memberId, undefined, async (ref) => {
      await this.adapter.continueConversation(this.identity, toReference(ref), async (context) => {
        await context.updateActivity({ ...toActivity(reply), id: activityId, conversation: context.activity.conversation } as Parameters<typeof context.updateActivity>[0]);
      });
      return activityId;
    });
  }

  async #deliver(memberId: string, beforeCall: (() => Promise<void>) | undefined, call: (ref: StoredConversation) => Promise<string>): Promise<SendOutcome> {
    const ref = await this.refs.get(memberId);
    if (!ref) return { ok: false, reason: 'no-reference', detail: 'member has never opened a chat with the bot' };
    return this.#slots.use(async () => {
      for (let attempt = 0; ; attempt++) {
        // The caller's record goes down while the slot comes due: written between the slot and the wire, its varying
        // latency would bunch paced calls together at Teams.
        await Promise.all([this.limiter.acquire(ref.conversationId), attempt === 0 ? beforeCall?.() : undefined]);
        try {
          const activityId = await this.#withTimeout(call(ref));
          return { ok: true, activityId, conversationId: ref.conversationId };
        } catch (raw) {
          const error = toConnectorError(raw);
          if (error.status === 403) {
            this.logger.warn({ memberId, status: 403 }, 'member blocked the bot or left the tenant');
            return { ok: false, reason: 'blocked', detail: error.message };
          }
          if (!isTransient(error.status) || attempt + 1 >= this.#retry.maxAttempts) {
            this.logger.error({ memberId, status: error.status, attempts: attempt + 1, err: error }, 'proactive message not delivered');
            return { ok: false, reason: 'failed', detail: error.message };
          }
          const delay = retryDelay(this.#retry, attempt, error instanceof ConnectorError ? error.retryAfterMs : undefined);
          this.logger.info({ memberId, status: error.status, delay }, 'proactive message throttled or failed; retrying');
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
