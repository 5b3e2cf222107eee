import { expect } from 'chai';
import { PgDeliveryDedupe } from '../../src/store/postgres/pg-delivery-dedupe.ts';
import { PgLeases } from '../../src/store/postgres/pg-leases.ts';
import { PgRateBudget } from '../../src/store/postgres/pg-rate-budget.ts';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { coordinationContract } from '../store/coordination-contract.ts';
import { databaseUrl, dropSchema, freshSchema } from './pg-schema.ts';

coordinationContract('PostgreSQL (PgLeases, PgDeliveryDedupe)', async () => {
  const schema = freshSchema();
  const store = await PostgresStore.open(databaseUrl(), { schema, maxConnections: 2 });
  const fail = (error: unknown) => {
    throw error;
  };
  return {
    leases: new PgLeases(store.pool),
    dedupe: new PgDeliveryDedupe(store.pool, 60_000, fail),
    cleanup: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
});

describe('PostgreSQL coordination across instances', () => {
  let schema: string;
  let stores: PostgresStore[];
  beforeEach(async () => {
    schema = freshSchema();
    stores = await Promise.all([1, 2, 3].map(() => PostgresStore.open(databaseUrl(), { schema, maxConnections: 4 })));
  });
  afterEach(async () => {
    for (const s of stores) await s.close();
    await dropSchema(schema);
  });

  it('one delivery reaching three instances at once is new for exactly one of them; an expired one is new again', async () => {
    // A TTL well above how long three first queries take on a loaded machine (50 ms was not), so only expiry makes it new again.
    const dedupes = stores.map((s) => new PgDeliveryDedupe(s.pool, 1500, (e) => expect.fail(String(e))));
    const seen = await Promise.all(dedupes.map((d) => d.checkAndAdd('conv|act-x')));
    expect(seen.filter((s) => !s)).to.have.length(1);
    await new Promise((r) => setTimeout(r, 1600));
    expect(await dedupes[1]!.checkAndAdd('conv|act-x'), 'after its expiry').to.equal(false);
  });

  it('three instances racing for one lease: one wins', async () => {
    const won = await Promise.all(stores.map((s, i) => new PgLeases(s.pool).acquire('fan-out/x', `i${i}`, 60_000)));
    expect(won.filter(Boolean)).to.have.length(1);
  });

  it('the shared budget hands out start slots 1/rate apart whichever instance asks', async () => {
    const budgets = stores.map((s) => new PgRateBudget(s.pool, 'connector', 50));
    const t0 = Date.now();
    // Slots are in the future relative to the moment each was asked: asked at t0 + elapsed, due at t0 + elapsed + wait.
    const due = await Promise.all(Array.from({ length: 30 }, (_, i) => budgets[i % 3]!.reserve().then((wait) => Date.now() - t0 + wait)));
    due.sort((a, b) => a - b);
    // 30 slots at 20 ms: the last is due at least ~28 gaps after the first (one slot of catch-up allowed).
    expect(due.at(-1)! - due[0]!).to.be.at.least(27 * 20 - 10);
  });
});
