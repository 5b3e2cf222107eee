// Tests src/teams/rate-limiter.ts on a fake clock: the limiter's sleep moves the clock instead of waiting,
// so the assertions are on the start times it chose, never on how long the test took.
import { expect } from 'chai';
import { RateLimiter, TEAMS_CONVERSATION_WINDOWS, type Window } from '../../src/teams/rate-limiter.ts';

class FakeClock {
  t = 0;
  readonly slept: number[] = [];
  readonly now = (): number => this.t;
  readonly sleep = async (ms: number): Promise<void> => {
    this.slept.push(ms);
    this.t += ms;
  };
}

/** Acquires `n` starts one after another (as one sender does) and returns the time of each. */
async function starts(limiter: RateLimiter, clock: FakeClock, conversations: (i: number) => string, n: number): Promise<number[]> {
  const at: number[] = [];
  for (let i = 0; i < n; i++) {
    await limiter.acquire(conversations(i));
    at.push(clock.t);
  }
  return at;
}

/** The most starts that fall in any window of `windowMs` (a start at t counts in (t - windowMs, t]). */
function busiest(at: number[], windowMs: number): number {
  return Math.max(...at.map((t) => at.filter((s) => s <= t && s > t - windowMs).length));
}

describe('RateLimiter (fake clock)', () => {
  it('spaces app-wide starts evenly at 1/perSecond, so a second’s quota never starts at once', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter(10, [], clock.now, clock.sleep);
    expect(await starts(limiter, clock, (i) => `c${i}`, 5)).to.deep.equal([0, 100, 200, 300, 400]);
  });

  it('keeps one conversation inside every Teams window (7/1 s, 8/2 s, 60/30 s) over 130 messages', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter(1000, TEAMS_CONVERSATION_WINDOWS, clock.now, clock.sleep);
    const at = await starts(limiter, clock, () => 'one-chat', 130);
    for (const w of TEAMS_CONVERSATION_WINDOWS) expect(busiest(at, w.windowMs), `${w.limit}/${w.windowMs} ms`).to.be.at.most(w.limit);
    // The 8th message waits for the first second to pass; the 61st for the first 30 s.
    expect(at[6]).to.be.below(1000);
    expect(at[7]).to.be.above(1000);
    expect(at[60]).to.be.above(30_000);
  });

  it('does not make one conversation wait for another one’s window', async () => {
    const clock = new FakeClock();
    const windows: Window[] = [{ limit: 2, windowMs: 10_000 }];
    const limiter = new RateLimiter(100, windows, clock.now, clock.sleep);
    await starts(limiter, clock, () => 'busy', 2);
    const before = clock.t;
    await limiter.acquire('other');
    expect(clock.t - before, 'only the app-wide gap').to.be.at.most(10);
    await limiter.acquire('busy');
    expect(clock.t).to.be.above(10_000);
  });

  it('lets a call start at once when the windows have room', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter(50, TEAMS_CONVERSATION_WINDOWS, clock.now, clock.sleep);
    await limiter.acquire('a');
    clock.t += 5000;
    await limiter.acquire('a');
    expect(clock.slept).to.deep.equal([]);
  });
});
