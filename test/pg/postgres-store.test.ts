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
