import { expect } from 'chai';
import type { DocumentStore } from '../../src/store/document-store.ts';
import { CycleRepo } from '../../src/store/cycle-repo.ts';
import { updateOptimistic } from '../../src/store/optimistic-update.ts';
import { DocumentInvalidError, VersionConflictError } from '../../src/store/store-errors.ts';

/** One store under test: `open` gives a store over the same data each call (a restart, or a second instance when `shared`). */
export interface StoreFixture {
  open(): Promise<DocumentStore>;
  /** Whether two open stores may be used at once (several instances on one database). */
  shared: boolean;
  cleanup(): Promise<void>;
}

interface Counter {
  n: number;
}

async function rejection(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/**
 * The behaviour every DocumentStore promises, run against memory, file and PostgreSQL stores alike
 * (test/store/store-contract.test.ts, test/pg/postgres-store.test.ts).
 */
export function storeContract(name: string, fixture: () => Promise<StoreFixture>): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let f: StoreFixture;
    let store: DocumentStore;
    const opened: DocumentStore[] = [];
    const open = async () => {
      const s = await f.open();
      opened.push(s);
      return s;
    };
    beforeEach(async () => {
      f = await fixture();
      store = await open();
    });
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
      await f.cleanup();
    });

    it('reads a missing document as undefined and an update that returns undefined creates nothing', async () => {
      expect(await store.get('meetings', 'm1')).to.equal(undefined);
      expect(await store.read('meetings', 'm1')).to.equal(undefined);
      expect(await store.update('meetings', 'm1', () => undefined)).to.equal(undefined);
      expect(await store.list('meetings')).to.deep.equal([]);
    });

    it('keeps Vietnamese text, quotes, backslashes, nesting, numbers, booleans and null as written', async () => {
      const doc = { title: 'Báo cáo CCHC quý IV/2026 — Ủy viên thường trực', quoted: `it's "x" \\ '; DROP TABLE documents; --`, areas: { 'the-che': 'Rà soát 12 văn bản' }, n: 3.5, ok: true, none: null, list: [1, 'hai', { ba: 3 }] };
      await store.update('cycles', '2026-q4', () => doc);
      expect(await store.get('cycles', '2026-q4')).to.deep.equal(doc);
      const again = await open();
      expect(await again.get('cycles', '2026-q4'), 'after a reopen').to.deep.equal(doc);
    });

    it('serialises updates: 100 concurrent increments give 100, each function runs once', async () => {
      let calls = 0;
      const results = await Promise.all(
        Array.from({ length: 100 }, () =>
          store.update<Counter>('counters', 'c', async (cur) => {
            calls++;
            // Yield inside the update, so an unserialised store would lose increments.
            await new Promise((resolve) => setImmediate(resolve));
            return { n: (cur?.n ?? 0) + 1 };
          }),
        ),
      );
      expect(await store.get<Counter>('counters', 'c')).to.deep.equal({ n: 100 });
      expect(calls).to.equal(100);
      expect(results.map((r) => r!.n).sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 100 }, (_, i) => i + 1));
    });

    it('leaves the document unchanged when fn returns undefined or throws', async () => {
      await store.update('meetings', 'm1', () => ({ v: 1 }));
      expect(await store.update('meetings', 'm1', () => undefined)).to.deep.equal({ v: 1 });
      expect(((await rejection(() => store.update('meetings', 'm1', () => Promise.reject(new Error('boom'))))) as Error).message).to.equal('boom');
      expect(await store.get('meetings', 'm1')).to.deep.equal({ v: 1 });
    });

    it('lists the ids of one collection, not of its sub-collections', async () => {
      await store.update('cycles', '2026-q4', () => ({ v: 1 }));
      await store.update('cycles/2026-q4/submissions', 'kinh-te', () => ({ v: 1 }));
      await store.update('cycles/2026-q4/submissions', 'van-xa', () => ({ v: 1 }));
      expect(await store.list('cycles')).to.deep.equal(['2026-q4']);
      expect((await store.list('cycles/2026-q4/submissions')).sort()).to.deep.equal(['kinh-te', 'van-xa']);
      expect(await store.list('tasks')).to.deep.equal([]);
    });

    it('deletes after a pending update of the same document; a missing one is no error', async () => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const pending = store.update('tasks', 't1', async () => {
        await gate;
        return { v: 1 };
      });
      const deleted = store.delete('tasks', 't1');
      release();
      await Promise.all([pending, deleted]);
      expect(await store.get('tasks', 't1')).to.equal(undefined);
      await store.delete('tasks', 'never-existed');
    });

    it('readShared: the current document and version, frozen, never changed by a later write', async () => {
      expect(await store.readShared('cycles', 'none')).to.equal(undefined);
      await store.update('cycles', 'c1', () => ({ targetUnits: ['u1', 'u2'], state: { sent: false } }));
      const first = await store.readShared<{ targetUnits: string[]; state: { sent: boolean } }>('cycles', 'c1');
      expect(first?.doc).to.deep.equal({ targetUnits: ['u1', 'u2'], state: { sent: false } });
      expect(first?.version).to.equal((await store.read('cycles', 'c1'))?.version);
      expect(Object.isFrozen(first!.doc) && Object.isFrozen(first!.doc.targetUnits) && Object.isFrozen(first!.doc.state), 'frozen all the way down').to.equal(true);
      expect(() => first!.doc.targetUnits.push('u3')).to.throw(TypeError);
      await store.update<{ targetUnits: string[]; state: { sent: boolean } }>('cycles', 'c1', (c) => ({ ...c!, state: { sent: true } }));
      expect(first!.doc.state.sent, 'what a reader holds stays as it was read').to.equal(false);
      const second = await store.readShared<{ state: { sent: boolean } }>('cycles', 'c1');
      expect(second?.doc.state.sent).to.equal(true);
      expect(second?.version).to.not.equal(first?.version);
      const copy = await store.get<{ targetUnits: string[] }>('cycles', 'c1');
      copy!.targetUnits.push('u9');
      expect((await store.readShared<{ targetUnits: string[] }>('cycles', 'c1'))?.doc.targetUnits, 'a copy from get is the caller\'s own').to.deep.equal(['u1', 'u2']);
    });

    it('readShared: the same object until the document is written (by this store or another), a delete and re-create seen', async () => {
      const other = f.shared ? await open() : store;
      await store.update('cycles', 's1', () => ({ n: 1 }));
      const first = await store.readShared<Counter>('cycles', 's1');
      expect((await store.readShared<Counter>('cycles', 's1'))?.doc, 'unchanged: the same object').to.equal(first?.doc);
      await other.update<Counter>('cycles', 's1', () => ({ n: 2 }));
      const second = await store.readShared<Counter>('cycles', 's1');
      expect(second?.doc).to.deep.equal({ n: 2 });
      expect(second?.version).to.not.equal(first?.version);
      await other.delete('cycles', 's1');
      expect(await store.readShared('cycles', 's1')).to.equal(undefined);
      await other.update('cycles', 's1', () => ({ n: 1 }));
      expect((await store.readShared<Counter>('cycles', 's1'))?.doc, 're-created at the first version, with other content').to.deep.equal({ n: 1 });
      await store.delete('cycles', 's1');
      await other.update('cycles', 's1', () => ({ n: 3 }));
      expect((await store.readShared<Counter>('cycles', 's1'))?.doc, 're-created after a delete this reader did not see').to.deep.equal({ n: 3 });
    });

    it('refuses keys that could escape the collection', async () => {
      for (const [c, id] of [
        ['cycles', '../x'],
        ['../etc', 'passwd'],
        ['cycles', ''],
        ['cycles', 'a/b'],
      ] as const) {
        expect(((await rejection(() => store.update(c, id, () => ({ v: 1 })))) as Error).message).to.include('unsafe store key');
      }
    });

    it('compare-and-set: creates at 0, a stale version conflicts and writes nothing, every write moves the version', async () => {
      const v1 = await store.write('mail', 'k', { n: 1 }, 0);
      expect(await rejection(() => store.write('mail', 'k', { n: 99 }, 0))).to.be.instanceOf(VersionConflictError);
      const read = await store.read<Counter>('mail', 'k');
      expect(read).to.deep.equal({ doc: { n: 1 }, version: v1 });
      const v2 = await store.write('mail', 'k', { n: 2 }, v1);
      expect(v2).to.not.equal(v1);
      expect(await rejection(() => store.write('mail', 'k', { n: 3 }, v1))).to.be.instanceOf(VersionConflictError);
      await store.update<Counter>('mail', 'k', (c) => ({ n: c!.n + 1 }));
      expect(await rejection(() => store.write('mail', 'k', { n: 4 }, v2)), 'an update moves the version too').to.be.instanceOf(VersionConflictError);
      expect(await store.get('mail', 'k')).to.deep.equal({ n: 3 });
    });

    it('optimistic updates retried on conflict lose nothing: 40 concurrent increments give 40', async () => {
      const other = f.shared ? await open() : store;
      await Promise.all(Array.from({ length: 40 }, (_, i) => updateOptimistic<Counter>(i % 2 ? other : store, 'counters', 'o', (c) => ({ n: (c?.n ?? 0) + 1 }))));
      expect(await store.get('counters', 'o')).to.deep.equal({ n: 40 });
    });

    it('updateMany writes several documents as one decision, or none when fn throws', async () => {
      await store.update('accounts', 'a', () => ({ n: 10 }));
      const after = await store.updateMany(
        [
          { collection: 'accounts', id: 'a' },
          { collection: 'accounts', id: 'b' },
          { collection: 'accounts', id: 'c' },
        ],
        ([a, b]) => [{ n: (a as Counter).n - 3 }, { n: ((b as Counter | undefined)?.n ?? 0) + 3 }, undefined],
      );
      expect(after).to.deep.equal([{ n: 7 }, { n: 3 }, undefined]);
      expect(await rejection(() => store.updateMany([{ collection: 'accounts', id: 'a' }, { collection: 'accounts', id: 'b' }], () => Promise.reject(new Error('boom'))))).to.be.instanceOf(Error);
      expect([await store.get('accounts', 'a'), await store.get('accounts', 'b'), await store.get('accounts', 'c')]).to.deep.equal([{ n: 7 }, { n: 3 }, undefined]);
    });

    it('concurrent transfers in both directions keep the total and apply every one', async () => {
      const other = f.shared ? await open() : store;
      await store.updateMany(
        [
          { collection: 'accounts', id: 'x' },
          { collection: 'accounts', id: 'y' },
        ],
        () => [{ n: 100 }, { n: 100 }],
      );
      const transfer = (s: DocumentStore, from: string, to: string) =>
        s.updateMany(
          [
            { collection: 'accounts', id: from },
            { collection: 'accounts', id: to },
          ],
          async ([a, b]) => {
            await new Promise((resolve) => setImmediate(resolve));
            return [{ n: (a as Counter).n - 1 }, { n: (b as Counter).n + 1 }];
          },
        );
      await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? transfer(other, 'y', 'x') : transfer(i % 2 ? other : store, 'x', 'y'))));
      const x = (await store.get<Counter>('accounts', 'x'))!.n;
      const y = (await store.get<Counter>('accounts', 'y'))!.n;
      expect(x + y).to.equal(200);
      expect(x).to.equal(100 - 20 + 10);
    });

    it('reads a whole collection in one call: each document with its id, none of other or sub-collections, a missing one empty', async () => {
      const docs = Array.from({ length: 150 }, (_, i) => ({ id: `u-${String(i).padStart(3, '0')}`, doc: { i, text: `Kết quả của đơn vị ${i} — "Ủy viên" \\ ${'ệ'.repeat(i)}` } }));
      await Promise.all(docs.map((d) => store.update('cycles/2026-q4/submissions', d.id, () => d.doc)));
      await store.update('cycles', '2026-q4', () => ({ state: 'open' }));
      await store.update('cycles/2026-q4/deliveries', 'u-000', () => ({ state: 'sent' }));
      await store.update('cycles/2026-q4/submissions/u-000/notes', 'n1', () => ({ note: 'sub-collection' }));
      await store.update('cycles/2026-q40/submissions', 'u-000', () => ({ other: 'cycle' }));
      const byId = (list: Array<{ id: string; doc: unknown }>) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(await store.getAll!('cycles/2026-q4/submissions'))).to.deep.equal(docs);
      expect(await store.getAll!('cycles')).to.deep.equal([{ id: '2026-q4', doc: { state: 'open' } }]);
      expect(await store.getAll!('cycles/2026-q1/submissions')).to.deep.equal([]);
      const again = await open();
      expect(byId(await again.getAll!('cycles/2026-q4/submissions')), 'after a reopen').to.deep.equal(docs);
    });

    it('a bulk read sees every acknowledged write and delete, and its documents are the caller\'s to change', async () => {
      await store.update('tasks', 'a', () => ({ v: 1 }));
      await store.update('tasks', 'b', () => ({ v: 1 }));
      const first = await store.getAll!<{ v: number }>('tasks');
      for (const d of first) d.doc.v = 99;
      expect(await store.get('tasks', 'a'), 'changing what was read changes nothing stored').to.deep.equal({ v: 1 });
      await store.update<{ v: number }>('tasks', 'a', (c) => ({ v: c!.v + 1 }));
      await store.delete('tasks', 'b');
      await store.write('tasks', 'c', { v: 1 }, 0);
      expect([...(await store.getAll!('tasks'))].sort((x, y) => x.id.localeCompare(y.id))).to.deep.equal([
        { id: 'a', doc: { v: 2 } },
        { id: 'c', doc: { v: 1 } },
      ]);
    });

    it('CycleRepo reads a cycle\'s submissions in bulk and still validates each one on read', async () => {
      const cycles = new CycleRepo(store);
      const answers = { areas: { 'the-che': 'Kết quả' }, taskNote: '', difficulties: '', proposals: '', nextQuarterTasks: '', evidence: [], answers: [] };
      const submission = (unitId: string) => ({ cycleId: '2026-q4', unitId, versions: [{ version: 1, submittedBy: `truong-${unitId}`, at: '2026-12-05T03:00:00.000Z', late: false, answers }] });
      for (const unitId of ['du-an', 'kinh-te', 'van-xa']) await cycles.updateSubmission('2026-q4', unitId, () => submission(unitId));
      const read = await cycles.submissions('2026-q4');
      expect([...read.keys()].sort()).to.deep.equal(['du-an', 'kinh-te', 'van-xa']);
      expect(read.get('kinh-te')).to.deep.equal(submission('kinh-te'));
      await store.write('cycles/2026-q4/submissions', 'do-thi', { cycleId: '2026-q4', unitId: 'do-thi', versions: 'không phải danh sách' }, 0);
      const error = await rejection(() => cycles.submissions('2026-q4'));
      expect(error).to.be.instanceOf(DocumentInvalidError);
      expect((error as Error).message).to.include('cycles/2026-q4/submissions/do-thi');
    });

    it('serialises updates across instances sharing the store', async function () {
      const other = f.shared ? await open() : store;
      await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? other : store).update<Counter>('counters', 'shared', async (c) => ({ n: (c?.n ?? 0) + 1 }))));
      expect(await other.get('counters', 'shared')).to.deep.equal({ n: 60 });
    });
  });
}
