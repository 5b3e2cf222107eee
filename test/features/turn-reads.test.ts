import { expect } from 'chai';
import type { AppServices } from '../../src/features/app-services.ts';
import { createRepositories } from '../../src/features/repositories.ts';
import { withTurnReads } from '../../src/features/turn-reads.ts';
import type { DocumentStore } from '../../src/store/document-store.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { CycleRepo } from '../../src/store/cycle-repo.ts';

/** A MemoryStore that counts the reads of each document. */
function countingStore(): { store: DocumentStore; reads: Map<string, number> } {
  const inner = new MemoryStore();
  const reads = new Map<string, number>();
  const count = (collection: string, id: string) => reads.set(`${collection}/${id}`, (reads.get(`${collection}/${id}`) ?? 0) + 1);
  const store: DocumentStore = {
    read: (collection, id) => (count(collection, id), inner.read(collection, id)),
    get: (collection, id) => (count(collection, id), inner.get(collection, id)),
    readShared: (collection, id) => (count(collection, id), inner.readShared(collection, id)),
    write: (collection, id, doc, expected) => inner.write(collection, id, doc, expected),
    update: (collection, id, fn) => inner.update(collection, id, fn),
    updateMany: (keys, fn) => inner.updateMany(keys, fn),
    list: (collection) => inner.list(collection),
    delete: (collection, id) => inner.delete(collection, id),
    verify: () => inner.verify(),
    close: () => inner.close(),
  };
  return { store, reads };
}

describe('withTurnReads: the directory documents once per turn', () => {
  it('reads absent heads and delegations once in a turn, again after a write in it, and fresh after the turn', async () => {
    const { store, reads } = countingStore();
    const app = { store, cycles: new CycleRepo(store), repos: createRepositories(store) } as unknown as AppServices;
    await app.repos.absentHeads.update(() => ({ u1: { since: '2026-12-01T00:00:00Z', by: 'cvp' } }));
    const turn = withTurnReads(app);
    const [a, b] = await Promise.all([turn.app.repos.absentHeads.get(), turn.app.repos.absentHeads.get()]);
    await turn.app.repos.absentHeads.get();
    await turn.app.repos.delegations.get();
    await turn.app.repos.delegations.get();
    expect(reads.get('directory/absent-heads')).to.equal(1);
    expect(reads.get('delegations/chief')).to.equal(1);
    expect(a).to.equal(b);
    expect(() => {
      (a as Record<string, unknown>).u2 = {};
    }, 'shared within the turn, so frozen').to.throw(TypeError);

    await turn.app.repos.absentHeads.update((current) => ({ ...current, u2: { since: '2026-12-01T01:00:00Z', by: 'cvp' } }));
    expect(Object.keys((await turn.app.repos.absentHeads.get()) ?? {})).to.deep.equal(['u1', 'u2']);

    turn.end();
    await app.repos.absentHeads.update(() => ({}));
    expect(await turn.app.repos.absentHeads.get(), 'work left running after the turn reads the store').to.deep.equal({});
  });
});

describe('CycleRepo.get: validated once per stored version', () => {
  it('hands out the same frozen cycle until it is written, then the new one', async () => {
    const store = new MemoryStore();
    const cycles = new CycleRepo(store);
    const cycle = {
      id: '2026-q4',
      kind: 'quarterly' as const,
      label: 'Quý IV/2026',
      subject: 'Báo cáo CCHC quý IV/2026',
      dataFrom: '2026-09-15',
      dataTo: '2026-12-14',
      unitDeadline: '2026-12-15',
      compileDeadline: '2026-12-20',
      targetUnits: ['u1', 'u2'],
      state: 'open' as const,
      openedBy: 'uvtt',
      openedAt: '2026-12-01T02:00:00.000Z',
    };
    await cycles.createIfAbsent(cycle as never);
    const first = await cycles.get('2026-q4');
    expect(await cycles.get('2026-q4')).to.equal(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first!.targetUnits)).to.equal(true);
    await cycles.update('2026-q4', (c) => ({ ...c, targetUnits: ['u1'] }));
    const second = await cycles.get('2026-q4');
    expect(second).to.not.equal(first);
    expect(second!.targetUnits).to.deep.equal(['u1']);
    expect(first!.targetUnits).to.deep.equal(['u1', 'u2']);
  });
});
