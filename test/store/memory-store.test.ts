import { expect } from 'chai';
import { KeyedLock } from '../../src/store/keyed-lock.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';

/** Runs `work` expecting it to reject, and returns the error message. */
async function rejection(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a rejection');
}

// Behaviour shared with every store is in store-contract.ts; what is particular to the memory store stays here.
describe('MemoryStore', () => {
  it('clones documents in and out', async () => {
    const store = new MemoryStore();
    const doc = { attendees: ['a'] };
    const saved = await store.update('meetings', 'm1', () => doc);
    doc.attendees.push('changed after saving');
    (saved as typeof doc).attendees.push('changed the result');
    (await store.get<typeof doc>('meetings', 'm1'))?.attendees.push('changed a read');
    expect(await store.get('meetings', 'm1')).to.deep.equal({ attendees: ['a'] });
  });

  it('refuses unsafe keys like FileStore does', async () => {
    const store = new MemoryStore();
    for (const [collection, id] of [['meetings', '../x'], ['meetings', 'a/b'], ['../x', 'y'], ['meetings', '']] as const) {
      expect(await rejection(() => store.get(collection, id))).to.match(/unsafe store key/);
      expect(await rejection(() => store.update(collection, id, () => ({ v: 1 })))).to.match(/unsafe store key/);
      expect(await rejection(() => store.delete(collection, id))).to.match(/unsafe store key/);
    }
    expect(await rejection(() => store.list('../x'))).to.match(/unsafe store key/);
  });

  it('verify has nothing to check', async () => {
    const store = new MemoryStore();
    await store.update('meetings', 'm1', () => ({ v: 1 }));
    await store.verify();
    expect(await store.get('meetings', 'm1')).to.deep.equal({ v: 1 });
  });
});

describe('KeyedLock', () => {
  it('runs work for one key in order, and keeps going after a failure', async () => {
    const lock = new KeyedLock();
    const order: string[] = [];
    const a = lock.run('k', async () => {
      await Promise.resolve();
      order.push('a');
    });
    const b = lock.run('k', async () => {
      order.push('b');
      throw new Error('b failed');
    });
    const c = lock.run('k', async () => {
      order.push('c');
      return 'c done';
    });
    const results = await Promise.allSettled([a, b, c]);
    expect(order).to.deep.equal(['a', 'b', 'c']);
    expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[2] as PromiseFulfilledResult<string>).value).to.equal('c done');
  });

  it('does not make one key wait for another', async () => {
    const lock = new KeyedLock();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = lock.run('a', () => gate.then(() => 'a'));
    expect(await lock.run('b', async () => 'b')).to.equal('b');
    release();
    expect(await slow).to.equal('a');
  });
});
