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

  it('the shared budget hands out blocks of start slots 1/rate apart, disjoint across instances', async () => {
    const budgets = stores.map((s) => new PgRateBudget(s.pool, 'connector', 50));
    // One reservation each first, alone: each instance's estimate of the database clock comes from a short round trip.
    for (const b of budgets) await b.reserve(1, 5);
    const asked = Date.now();
    const blocks = await Promise.all(Array.from({ length: 30 }, (_, i) => budgets[i % 3]!.reserve(1 + (i % 4), 5)));
    const slots = blocks.flatMap((b) => Array.from({ length: b.count }, (_, k) => b.firstAt + k * b.gapMs)).sort((x, y) => x - y);
    expect(slots).to.have.length(blocks.reduce((n, b) => n + b.count, 0));
    expect(blocks.every((b) => b.gapMs === 20)).to.equal(true);
    // No two slots closer than a gap, whichever instance holds them. Each converts the database clock to its own
    // with an error of at most half its shortest round trip (here one machine; 3 ms allowed for a loaded one).
    const closest = Math.min(...slots.slice(1).map((t, i) => t - slots[i]!));
    expect(closest).to.be.at.least(17);
    // None before now + the lead asked for: an idle budget never hands out a slot already past.
    expect(slots[0]!).to.be.at.least(asked + 5 - 3);
  });
});
