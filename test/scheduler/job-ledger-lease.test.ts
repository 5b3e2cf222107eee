import { expect } from 'chai';
import { CLAIM_LEASE_MS, JobLedger } from '../../src/scheduler/job-ledger.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';

const T0 = new Date('2026-12-07T01:30:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe('job ledger across instances', () => {
  it('one claim per occurrence whichever instance asks; a live claim of another instance is not reported, an abandoned one once', async () => {
    const store = new MemoryStore();
    const [a, b, c] = ['run-a', 'run-b', 'run-c'].map((run) => new JobLedger(store, run)) as [JobLedger, JobLedger, JobLedger];
    const claims = await Promise.all([a, b, c].map((l) => l.claim('cycle-2026-q4', ['kinh-te.before-3'], '2026-q4/kinh-te/before-3', 'nhắc Phòng Kinh tế', T0)));
    expect(claims.filter(Boolean), 'claimed once').to.have.length(1);
    const owner = [a, b, c][claims.indexOf(true)]!;
    const others = [a, b, c].filter((l) => l !== owner);

    expect(await others[0]!.unreported('cycle-2026-q4', later(60_000)), 'its instance is alive: its lease runs').to.deep.equal([]);
    const afterLease = later(CLAIM_LEASE_MS + 1);
    const found = await Promise.all(others.map((l) => l.unreported('cycle-2026-q4', afterLease)));
    expect(found.map((f) => f.length)).to.deep.equal([1, 1]);
    // Both survivors try to take it over at once: one marks it, so one report goes out.
    const marked = await Promise.all(others.map((l) => l.markReported('cycle-2026-q4', ['kinh-te.before-3'])));
    expect(marked.flat()).to.deep.equal(['kinh-te.before-3']);
    const entry = (await owner.recorded('cycle-2026-q4')).get('kinh-te.before-3')!;
    expect(entry.status, 'never performed again').to.equal('sending');
    expect(entry.takenOverBy).to.be.oneOf(others.map((l) => l.run));
    expect(await others[1]!.unreported('cycle-2026-q4', afterLease)).to.deep.equal([]);
  });
});
