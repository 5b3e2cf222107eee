import { expect } from 'chai';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { shippedMigrations } from '../../src/store/postgres/migrate-schema.ts';
import { storeContract } from '../store/store-contract.ts';
import { databaseUrl, dropSchema, freshSchema } from './pg-schema.ts';

storeContract('PostgresStore', async () => {
  const schema = freshSchema();
  return { open: () => PostgresStore.open(databaseUrl(), { schema, maxConnections: 8 }), shared: true, cleanup: () => dropSchema(schema) };
});

describe('PostgresStore schema', () => {
  it('three instances starting at once apply each migration once; a restart applies none', async () => {
    const schema = freshSchema();
    try {
      const stores = await Promise.all([1, 2, 3].map(() => PostgresStore.open(databaseUrl(), { schema, maxConnections: 2 })));
      const { rows } = await stores[0]!.pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).to.deep.equal((await shippedMigrations()).map((m) => m.version));
      for (const s of stores) await s.close();
      const again = await PostgresStore.open(databaseUrl(), { schema });
      const after = await again.pool.query('SELECT count(*)::int AS n FROM schema_migrations');
      expect(after.rows[0].n).to.equal(rows.length);
      await again.close();
    } finally {
      await dropSchema(schema);
    }
  });

  it('an unreachable database stops the start with a clear message', async () => {
    const url = new URL(databaseUrl());
    url.port = '1';
    try {
      await PostgresStore.open(url.toString());
      expect.fail('expected the open to fail');
    } catch (error) {
      expect((error as Error).name).to.equal('StoreUnavailableError');
      expect((error as Error).message).to.include('DATABASE_URL');
    }
  });
});

describe('PostgresStore.readAhead: documents and shared reads in one query', () => {
  it('hands out the shared copy unchanged as readShared does, a fresh one after another instance wrote, copies of the rest', async () => {
    const schema = freshSchema();
    const [a, b] = await Promise.all([PostgresStore.open(databaseUrl(), { schema, maxConnections: 2 }), PostgresStore.open(databaseUrl(), { schema, maxConnections: 2 })]);
    try {
      await a.update('cycles', 'c1', () => ({ n: 1 }));
      await a.update('member-settings', 'm1', () => ({ locale: 'en' }));
      const shared = await a.readShared<{ n: number }>('cycles', 'c1');
      const first = await a.readAhead([{ collection: 'member-settings', id: 'm1' }, { collection: 'member-settings', id: 'none' }], [{ collection: 'cycles', id: 'c1' }, { collection: 'cycles', id: 'none' }]);
      expect(first.docs).to.deep.equal([{ locale: 'en' }, undefined]);
      expect(first.shared[0]?.doc, 'unchanged: the very object readShared gave').to.equal(shared?.doc);
      expect(first.shared[1]).to.equal(undefined);
      await b.update<{ n: number }>('cycles', 'c1', () => ({ n: 2 }));
      const second = await a.readAhead([], [{ collection: 'cycles', id: 'c1' }]);
      expect(second.shared[0]?.doc).to.deep.equal({ n: 2 });
      expect(second.shared[0]?.version).to.not.equal(first.shared[0]?.version);
      expect((await a.readShared('cycles', 'c1'))?.doc, 'and readShared now hands out that one').to.equal(second.shared[0]?.doc);
    } finally {
      await a.close();
      await b.close();
      await dropSchema(schema);
    }
  });
});
