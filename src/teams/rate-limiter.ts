import type { RateBudget } from './rate-budget.ts';
import { SharedSlots } from './shared-slots.ts';

/** One sliding window: at most `limit` starts in any `windowMs`. */
export interface Window {
  limit: number;
  windowMs: number;
}

/** Teams' documented per-conversation limits for a bot: 7/1 s, 8/2 s, 60/30 s, 1800/h. */
export const TEAMS_CONVERSATION_WINDOWS: Window[] = [
  { limit: 7, windowMs: 1000 },
  { limit: 8, windowMs: 2000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1800, windowMs: 3_600_000 },
];

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function waitFor(stamps: number[], windows: Window[], now: number): number {
  let wait = 0;
  for (const w of windows) {
    let count = 0;
    let oldest = Infinity;
    for (let i = stamps.length - 1; i >= 0; i--) {
      const t = stamps[i]!;
      if (t <= now - w.windowMs) break;
      count++;
      oldest = t;
    }
    if (count >= w.limit) wait = Math.max(wait, oldest + w.windowMs - now + 1);
  }
  return wait;
}

/**
 * Paces outgoing Bot Connector calls below Teams' limits (per app per second, and per conversation)
 * so bursts do not earn 429s. `acquire` resolves when a call may start.
 *
 * App-wide starts are also spaced evenly (1/perSecond apart): a sliding window alone lets a whole
 * second's quota start at once, and the varying time each call takes to reach Teams then packs
 * more than the limit into one second of arrivals there (measured: a third of the calls got 429).
 */
export class RateLimiter {
  readonly #global: number[] = [];
  readonly #gapMs: number;
  #nextStart = 0;
  readonly #perConversation = new Map<string, number[]>();
  readonly #globalWindows: Window[];
  readonly #longest: number;
  readonly #shared: SharedSlots | undefined;

  constructor(
    perSecond: number,
    private readonly conversationWindows: Window[] = TEAMS_CONVERSATION_WINDOWS,
    private readonly now: () => number = Date.now,
    /** Injected with `now` by tests, so a fake clock can move on instead of waiting. */
    private readonly sleep: (ms: number) => Promise<void> = realSleep,
    /** Shared by every instance (PgRateBudget): replaces the in-process app-wide spacing; conversation windows stay here. */
    budget?: RateBudget,
  ) {
    this.#globalWindows = [{ limit: perSecond, windowMs: 1000 }];
    this.#gapMs = 1000 / perSecond;
    this.#longest = Math.max(...conversationWindows.map((w) => w.windowMs), 1000);
    this.#shared = budget ? new SharedSlots(budget, now, sleep) : undefined;
  }

  /** Shared-budget slots this instance gave up (woke too late for them, or nobody needed them): lost capacity only. */
  get missedSlots(): number {
    return this.#shared?.missed ?? 0;
  }

  /** Waits until both the app-wide and the conversation's windows allow one more call. */
  async acquire(conversationId: string): Promise<void> {
    if (this.#shared) return this.#acquireShared(this.#shared, conversationId);
    for (;;) {
      const now = this.now();
      const conv = this.#perConversation.get(conversationId) ?? [];
      const wait = Math.max(this.#nextStart - now, waitFor(this.#global, this.#globalWindows, now), waitFor(conv, this.conversationWindows, now));
      if (wait <= 0) {
        // A waiter woken late by the timer may catch up one gap, so lateness does not lower the rate.
        this.#nextStart = Math.max(now - this.#gapMs, this.#nextStart) + this.#gapMs;
        this.#global.push(now);
        if (this.#global.length > 4096) this.#global.splice(0, this.#global.length - 2048);
        conv.push(now);
        this.#perConversation.set(conversationId, conv);
        this.#prune(now);
        return;
      }
      await this.sleep(wait);
    }
  }

  /** The conversation's windows here, then a slot of the shared budget at its moment. */
  async #acquireShared(shared: SharedSlots, conversationId: string): Promise<void> {
    for (;;) {
      const now = this.now();
      const conv = this.#perConversation.get(conversationId) ?? [];
      const wait = waitFor(conv, this.conversationWindows, now);
      if (wait <= 0) {
        conv.push(now);
        this.#perConversation.set(conversationId, conv);
        this.#prune(now);
        break;
      }
      await this.sleep(wait);
    }
    await shared.take();
  }

  /** Drops history older than the longest window so memory stays bounded. */
  #prune(now: number): void {
    if (this.#perConversation.size < 1000) return;
    for (const [id, stamps] of this.#perConversation) {
      if ((stamps.at(-1) ?? 0) <= now - this.#longest) this.#perConversation.delete(id);
    }
  }
}
