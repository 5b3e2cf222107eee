// Tests src/teams/retry-policy.ts with an injected random source.
import { expect } from 'chai';
import { DEFAULT_RETRY, isTransient, retryDelay } from '../../src/teams/retry-policy.ts';

describe('retry policy', () => {
  it('retries throttling, precondition races, gateway trouble and network failures (0), nothing else', () => {
    for (const status of [0, 408, 412, 429, 500, 502, 503, 504]) expect(isTransient(status), String(status)).to.equal(true);
    for (const status of [200, 400, 401, 403, 404, 409, 413]) expect(isTransient(status), String(status)).to.equal(false);
  });

  it('waits as long as Retry-After says, capped at the longest delay', () => {
    expect(retryDelay(DEFAULT_RETRY, 0, 3000)).to.equal(3000);
    expect(retryDelay(DEFAULT_RETRY, 0, 0)).to.equal(0);
    expect(retryDelay(DEFAULT_RETRY, 3, 10 * 60_000)).to.equal(DEFAULT_RETRY.maxDelayMs);
  });

  it('backs off exponentially with equal jitter: between half and all of base × 2^attempt', () => {
    const policy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 60_000 };
    expect([0, 1, 2, 3].map((a) => retryDelay(policy, a, undefined, () => 0))).to.deep.equal([250, 500, 1000, 2000]);
    expect([0, 1, 2, 3].map((a) => retryDelay(policy, a, undefined, () => 1))).to.deep.equal([500, 1000, 2000, 4000]);
    expect(retryDelay(policy, 2, undefined, () => 0.5)).to.equal(1500);
  });

  it('never waits longer than the cap, however many attempts', () => {
    const policy = { maxAttempts: 20, baseDelayMs: 500, maxDelayMs: 60_000 };
    expect(retryDelay(policy, 15, undefined, () => 1)).to.equal(60_000);
    expect(retryDelay(policy, 15, undefined, () => 0)).to.equal(30_000);
  });
});
