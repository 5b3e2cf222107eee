import type { RateBudget } from './rate-budget.ts';

/** Most slots one reservation asks for: 16 slots at 47.5/s is a third of a second of the whole app's budget. */
const MAX_BLOCK = 16;

/**
 * How late a start may come after its slot so that no second holds more than floor(rate) + 1 starts: a window of
 * one second then reaches back over at most (floor(rate) + 1) gaps − 1 s; half of that slack is allowed, the other
 * half is left for the clocks of several instances disagreeing. At 48/s: 10.4 ms; at 48.5/s: 5.2 ms.
 */
export function toleranceFor(gapMs: number): number {
  const rate = 1000 / gapMs;
  // The rounding guard keeps 48/s (a gap of 20.8333… ms) from counting as 47.999… per second.
  const allowed = Math.floor(rate + 1e-9) + 1;
  return (allowed * gapMs - 1000) / 2;
}

/**
 * This instance's share of the app-wide budget: slots reserved in blocks (one database round trip per block, not
 * per call) and used at their moment on this process's clock.
 *
 * Why starts are bound to absolute slot times, and a late one is given up: the budget keeps all instances' slots
 * 1/rate apart, and a start that happens within toleranceFor(gap) after its slot keeps any second's starts at
 * floor(rate) + 1; a start made whenever the waiter happens to wake (a busy event loop, a slow reservation round trip)
 * lands beside the starts of later slots: measured before this design, 51 calls in one second against a 40/s budget.
 * A slot missed that way is only lost capacity; the waiter takes the next one.
 */
export class SharedSlots {
  /** Reserved start times not yet handed to a waiter, ascending. */
  readonly #pool: number[] = [];
  #wanting = 0;
  #pending: Promise<void> | undefined;
  /** Smoothed round trip of a reservation: the next block starts this far ahead, so its first slot is not already past. */
  #reserveMs = 5;
  /** How late after its slot a start may still happen; set from each block's gap (toleranceFor). */
  #toleranceMs = 5;
  /** Slots given up because nobody started at their moment (a late wake, or left over after the demand fell). */
  missed = 0;

  constructor(
    private readonly budget: RateBudget,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Resolves at the moment of a slot that is this caller's alone, never more than toleranceFor(gap) after it. */
  async take(): Promise<void> {
    for (;;) {
      const slot = await this.#next();
      let now = this.now();
      if (slot > now) {
        await this.sleep(slot - now);
        now = this.now();
      }
      if (now - slot <= this.#toleranceMs) return;
      this.missed++;
    }
  }

  async #next(): Promise<number> {
    this.#wanting++;
    try {
      for (;;) {
        const now = this.now();
        while (this.#pool.length > 0 && this.#pool[0]! < now - this.#toleranceMs) {
          this.#pool.shift();
          this.missed++;
        }
        const slot = this.#pool.shift();
        if (slot !== undefined) return slot;
        // One reservation at a time, sized to everyone waiting for a slot by then.
        this.#pending ??= this.#reserve().finally(() => {
          this.#pending = undefined;
        });
        await this.#pending;
      }
    } finally {
      this.#wanting--;
    }
  }

  async #reserve(): Promise<void> {
    // Waiters that arrive in the same turn of the event loop (a fan-out starting its sends) join this block.
    await Promise.resolve();
    const count = Math.min(MAX_BLOCK, this.#wanting);
    const asked = this.now();
    const block = await this.budget.reserve(count, Math.min(50, 2 * this.#reserveMs + 1));
    this.#reserveMs = 0.8 * this.#reserveMs + 0.2 * (this.now() - asked);
    this.#toleranceMs = toleranceFor(block.gapMs);
    for (let i = 0; i < block.count; i++) this.#pool.push(block.firstAt + i * block.gapMs);
  }
}
