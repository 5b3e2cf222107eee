import { expect } from 'chai';
import type { Leases } from '../../src/store/leases.ts';
import type { DeliveryDedupe } from '../../src/teams/delivery-dedupe.ts';

/** Leases and delivery dedupe behave alike in one process (memory) and across instances (PostgreSQL). */
export function coordinationContract(name: string, open: () => Promise<{ leases: Leases; dedupe: DeliveryDedupe; cleanup: () => Promise<void> }>): void {
  describe(`coordination contract: ${name}`, () => {
    let c: Awaited<ReturnType<typeof open>>;
    beforeEach(async () => {
      c = await open();
    });
    afterEach(() => c.cleanup());

    it('a lease is one owner’s until it lapses or is released; the owner renews it', async () => {
      expect(await c.leases.acquire('fan-out/2026-q4', 'a', 60_000)).to.equal(true);
      expect(await c.leases.acquire('fan-out/2026-q4', 'b', 60_000), 'held by a').to.equal(false);
      expect(await c.leases.acquire('fan-out/2026-q4', 'a', 60_000), 'renewed by a').to.equal(true);
      await c.leases.release('fan-out/2026-q4', 'b');
      expect(await c.leases.acquire('fan-out/2026-q4', 'b', 60_000), 'only the owner releases').to.equal(false);
      await c.leases.release('fan-out/2026-q4', 'a');
      expect(await c.leases.acquire('fan-out/2026-q4', 'b', 60_000), 'released').to.equal(true);
      expect(await c.leases.lapsed('fan-out/')).to.deep.equal([]);
    });

    it('a lease its owner did not renew lapses: listed as lapsed, and another owner takes it', async () => {
      expect(await c.leases.acquire('fan-out/2026-q3', 'dead', 1)).to.equal(true);
      await new Promise((r) => setTimeout(r, 20));
      expect(await c.leases.lapsed('fan-out/')).to.deep.equal(['fan-out/2026-q3']);
      expect(await c.leases.lapsed('other/')).to.deep.equal([]);
      expect(await c.leases.acquire('fan-out/2026-q3', 'b', 60_000)).to.equal(true);
      expect(await c.leases.lapsed('fan-out/')).to.deep.equal([]);
    });

    it('a delivery id is new once, then seen', async () => {
      expect(await c.dedupe.checkAndAdd('conv|act-1')).to.equal(false);
      expect(await c.dedupe.checkAndAdd('conv|act-1')).to.equal(true);
      expect(await c.dedupe.checkAndAdd('conv|act-2')).to.equal(false);
    });
  });
}
