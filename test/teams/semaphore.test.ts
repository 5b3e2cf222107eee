// Tests src/teams/semaphore.ts with jobs the test finishes by hand (no timers).
import { expect } from 'chai';
import { Semaphore } from '../../src/teams/semaphore.ts';

/** A job that runs until the test calls finish() or fail(). */
function manualJob(log: string[], name: string) {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const job = () => {
    log.push(`start ${name}`);
    return new Promise<string>((resolve, reject) => {
      finish = () => resolve(name);
      fail = reject;
    });
  };
  return { job, finish: () => finish(), fail: (error: Error) => fail(error) };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Semaphore', () => {
  it('runs at most `size` jobs at once and starts the others in arrival order', async () => {
    const log: string[] = [];
    const slots = new Semaphore(2);
    const jobs = ['a', 'b', 'c', 'd'].map((n) => manualJob(log, n));
    const results = jobs.map((j) => slots.use(j.job));
    await settle();
    expect(log).to.deep.equal(['start a', 'start b']);
    jobs[1]!.finish();
    await settle();
    expect(log).to.deep.equal(['start a', 'start b', 'start c']);
    jobs[0]!.finish();
    await settle();
    expect(log.at(-1)).to.equal('start d');
    jobs[2]!.finish();
    jobs[3]!.finish();
    expect(await Promise.all(results)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('frees the slot of a job that fails, and passes its error to the caller', async () => {
    const log: string[] = [];
    const slots = new Semaphore(1);
    const failing = manualJob(log, 'x');
    const next = manualJob(log, 'y');
    const first = slots.use(failing.job);
    const second = slots.use(next.job);
    await settle();
    failing.fail(new Error('boom'));
    let caught: unknown;
    await first.catch((error: unknown) => (caught = error));
    expect((caught as Error).message).to.equal('boom');
    await settle();
    expect(log).to.deep.equal(['start x', 'start y']);
    next.finish();
    expect(await second).to.equal('y');
    // Both slots are free again: a new job starts at once.
    const third = manualJob(log, 'z');
    const done = slots.use(third.job);
    await settle();
    expect(log.at(-1)).to.equal('start z');
    third.finish();
    await done;
  });
});
