// Tests the shared-budget path of src/teams/rate-limiter.ts (src/teams/shared-slots.ts) on a virtual clock: every
// sleep is a timer the clock fires in order, so several waiters (and two instances) run concurrently without real
// time passing, and the assertions are on the start times chosen.
import { expect } from 'chai';
import type { RateBudget, SlotBlock } from '../../src/teams/rate-budget.ts';
import { RateLimiter } from '../../src/teams/rate-limiter.ts';
import { toleranceFor } from '../../src/teams/shared-slots.ts';

class VirtualClock {
  t = 0;
  readonly #timers: { at: number; resolve: () => void }[] = [];
  /** Extra lateness of the next wakes (a busy event loop), consumed one per timer fired. */
  readonly lateWakes: number[] = [];
  readonly now = (): number => this.t;
  readonly sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      this.#timers.push({ at: this.t + ms, resolve });
    });

  /** Lets every promise chain run, then moves time to the earliest timer, until `work` has settled. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    void work.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (settled) return work;
      this.#timers.sort((a, b) => a.at - b.at);
      const next = this.#timers.shift();
      if (!next) throw new Error('nothing left to wait for, yet the work has not finished');
      this.t = Math.max(this.t, next.at + (this.lateWakes.shift() ?? 0));
      next.resolve();
    }
  }
}

/** The database row of PgRateBudget, on the virtual clock: next free slot moved on by count/rate per reservation. */
class FakeBudget implements RateBudget {
  #next = 0;
  readonly counts: number[] = [];
  constructor(
    private readonly clock: VirtualClock,
    private readonly gapMs: number,
  ) {}

  reserve(count: number, leadMs: number): Promise<SlotBlock> {
    this.counts.push(count);
    const firstAt = Math.max(this.#next, this.clock.t + leadMs);
    this.#next = firstAt + count * this.gapMs;
    return Promise.resolve({ firstAt, gapMs: this.gapMs, count });
  }
}

/** Starts `n` calls at once through `limiter`, each to its own conversation; resolves with every start time. */
function startAll(limiter: RateLimiter, clock: VirtualClock, prefix: string, n: number): Promise<number[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => limiter.acquire(`${prefix}${i}`).then(() => clock.t)));
}

const gaps = (at: number[]) => [...at].sort((a, b) => a - b).slice(1).map((t, i, rest) => t - (i === 0 ? Math.min(...at) : rest[i - 1]!));

describe('RateLimiter on a shared budget (virtual clock)', () => {
  it('starts concurrent calls at their slots, 1/rate apart, reserving blocks rather than one slot per call', async () => {
    const clock = new VirtualClock();
    const budget = new FakeBudget(clock, 20);
    const limiter = new RateLimiter(49, [], clock.now, clock.sleep, budget);
    const at = await clock.run(startAll(limiter, clock, 'c', 40));
    expect(Math.min(...gaps(at))).to.be.at.least(20);
    // 40 waiters at once: blocks of at most 16, so three reservations, not forty.
    expect(budget.counts).to.deep.equal([16, 16, 8]);
    expect(limiter.missedSlots).to.equal(0);
  });

  it('keeps two instances on one budget 1/rate apart together', async () => {
    const clock = new VirtualClock();
    const budget = new FakeBudget(clock, 20);
    const a = new RateLimiter(49, [], clock.now, clock.sleep, budget);
    const b = new RateLimiter(49, [], clock.now, clock.sleep, budget);
    const [atA, atB] = await clock.run(Promise.all([startAll(a, clock, 'a', 25), startAll(b, clock, 'b', 25)]));
    const all = [...atA, ...atB];
    expect(all).to.have.length(50);
    expect(Math.min(...gaps(all))).to.be.at.least(20);
    // 50 starts at 20 ms apart take 49 gaps: nobody waited for a slot nobody used.
    expect(Math.max(...all) - Math.min(...all)).to.equal(49 * 20);
  });

  it('gives up a slot it woke too late for and takes a later one, so a late start never lands beside the next', async () => {
    const clock = new VirtualClock();
    const budget = new FakeBudget(clock, 20);
    const limiter = new RateLimiter(49, [], clock.now, clock.sleep, budget);
    // The first timer fires 15 ms late: more than half a gap past its slot.
    clock.lateWakes.push(15);
    const at = await clock.run(startAll(limiter, clock, 'c', 10));
    expect(at).to.have.length(10);
    expect(limiter.missedSlots).to.be.at.least(1);
    expect(Math.min(...gaps(at))).to.be.at.least(10);
  });

  it('after an idle minute the next slot is ahead of now, not a burst of slots saved up', async () => {
    const clock = new VirtualClock();
    const budget = new FakeBudget(clock, 20);
    const limiter = new RateLimiter(49, [], clock.now, clock.sleep, budget);
    await clock.run(startAll(limiter, clock, 'c', 3));
    clock.t += 60_000;
    const idleEnd = clock.t;
    const at = await clock.run(startAll(limiter, clock, 'd', 5));
    expect(Math.min(...at)).to.be.greaterThan(idleEnd);
    expect(Math.min(...gaps(at))).to.be.at.least(20);
  });
});

describe('toleranceFor: how late a start may follow its slot', () => {
  it('keeps any second at floor(rate) + 1 starts even when every other start is as late as allowed', () => {
    for (const rate of [40, 45, 48, 48.5, 49, 49.5, 50]) {
      const gap = 1000 / rate;
      const late = toleranceFor(gap);
      expect(late, `${rate}/s`).to.be.greaterThan(0);
      // Worst case: starts alternately on time and as late as allowed, over 10 s.
      const at = Array.from({ length: rate * 10 }, (_, k) => k * gap + (k % 2 === 0 ? late : 0)).sort((a, b) => a - b);
      let most = 0;
      for (let i = 0, j = 0; j < at.length; j++) {
        while (at[j]! - at[i]! >= 1000) i++;
        most = Math.max(most, j - i + 1);
      }
      expect(most, `${rate}/s`).to.be.at.most(Math.floor(rate) + 1);
    }
    expect(toleranceFor(1000 / 48)).to.be.closeTo(10.42, 0.01);
    expect(toleranceFor(1000 / 48.5)).to.be.closeTo(5.15, 0.01);
  });
});
