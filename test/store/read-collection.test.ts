import { expect } from 'chai';
import type { DocumentStore } from '../../src/store/document-store.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { readCollection } from '../../src/store/read-collection.ts';

/** A store wrapper written before bulk reads existed: everything but getAll, each get counted. */
function withoutBulkRead(inner: DocumentStore, gets: { n: number }): DocumentStore {
  return {
    get: (c, id) => {
      gets.n++;
      return inner.get(c, id);
    },
    read: (c, id) => inner.read(c, id),
    readShared: (c, id) => inner.readShared(c, id),
    write: (c, id, doc, expected) => inner.write(c, id, doc, expected),
    update: (c, id, fn) => inner.update(c, id, fn),
    updateMany: (keys, fn) => inner.updateMany(keys, fn),
    list: (c) => inner.list(c),
    delete: (c, id) => inner.delete(c, id),
    verify: (cs) => inner.verify(cs),
    close: () => inner.close(),
  };
}

describe('readCollection', () => {
  it('uses the store\'s bulk read, and list + get on a store without one, with the same result', async () => {
    const inner = new MemoryStore();
    for (const id of ['a', 'b', 'c']) await inner.update('cycles/2026-q4/deliveries', id, () => ({ unitId: id }));
    const gets = { n: 0 };
    const sorted = (docs: Array<{ id: string; doc: unknown }>) => [...docs].sort((x, y) => x.id.localeCompare(y.id));
    const bulk = sorted(await readCollection(inner, 'cycles/2026-q4/deliveries'));
    expect(bulk).to.deep.equal(['a', 'b', 'c'].map((id) => ({ id, doc: { unitId: id } })));
    expect(sorted(await readCollection(withoutBulkRead(inner, gets), 'cycles/2026-q4/deliveries'))).to.deep.equal(bulk);
    expect(gets.n).to.equal(3);
  });
});
