import type { Cycle, Delivery } from '../domain/cycles/cycle.ts';
import type { UnitSubmission } from '../domain/cycles/submission.ts';
import type { CompiledReport } from '../domain/report/compiled-report.ts';
import type { DocumentStore } from './document-store.ts';

const CYCLES = 'cycles';
const submissions = (cycleId: string) => `cycles/${cycleId}/submissions`;
const deliveries = (cycleId: string) => `cycles/${cycleId}/deliveries`;
const artifacts = (cycleId: string) => `cycles/${cycleId}/artifacts`;

/**
 * Cycles and what hangs off them, one small document each: the cycle, one submission document
 * per unit, one delivery record per unit, and the compiled report. Writing one never rewrites others.
 */
export class CycleRepo {
  constructor(private readonly store: DocumentStore) {}

  get(id: string): Promise<Cycle | undefined> {
    return this.store.get<Cycle>(CYCLES, id);
  }

  /** The cycle a card's data names; undefined for a missing, malformed or forged id (never an error). */
  async fromCard(raw: unknown): Promise<Cycle | undefined> {
    return typeof raw === 'string' && /^[a-z0-9-]{1,64}$/.test(raw) ? this.get(raw) : undefined;
  }

  /** Creates the cycle unless one with this id exists; returns the stored one and whether it is new. */
  async createIfAbsent(cycle: Cycle): Promise<{ cycle: Cycle; created: boolean }> {
    let created = false;
    const stored = await this.store.update<Cycle>(CYCLES, cycle.id, (current) => {
      if (current) return undefined;
      created = true;
      return cycle;
    });
    return { cycle: stored!, created };
  }

  /** Read-modify-write of a cycle; `fn` returns undefined to leave it unchanged. */
  update(id: string, fn: (cycle: Cycle) => Cycle | undefined): Promise<Cycle | undefined> {
    return this.store.update<Cycle>(CYCLES, id, (current) => (current ? fn(current) : undefined));
  }

  /** Every cycle, newest first by opening time. */
  async list(): Promise<Cycle[]> {
    const ids = await this.store.list(CYCLES);
    const cycles = await Promise.all(ids.map((id) => this.get(id)));
    return cycles.filter((c): c is Cycle => c !== undefined).sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  }

  getSubmission(cycleId: string, unitId: string): Promise<UnitSubmission | undefined> {
    return this.store.get<UnitSubmission>(submissions(cycleId), unitId);
  }

  /** Serialised per unit, so two concurrent submissions of one card cannot both append. */
  updateSubmission(cycleId: string, unitId: string, fn: (current: UnitSubmission | undefined) => UnitSubmission | undefined): Promise<UnitSubmission | undefined> {
    return this.store.update<UnitSubmission>(submissions(cycleId), unitId, fn);
  }

  /** Every unit's submission document for a cycle. */
  async submissions(cycleId: string): Promise<Map<string, UnitSubmission>> {
    const ids = await this.store.list(submissions(cycleId));
    const docs = await readBounded(ids, (id) => this.getSubmission(cycleId, id));
    return new Map(docs.filter((d): d is UnitSubmission => d !== undefined).map((d) => [d.unitId, d]));
  }

  getDelivery(cycleId: string, unitId: string): Promise<Delivery | undefined> {
    return this.store.get<Delivery>(deliveries(cycleId), unitId);
  }

  async saveDelivery(cycleId: string, delivery: Delivery): Promise<void> {
    await this.store.update<Delivery>(deliveries(cycleId), delivery.unitId, () => delivery);
  }

  async deliveries(cycleId: string): Promise<Map<string, Delivery>> {
    const ids = await this.store.list(deliveries(cycleId));
    const docs = await readBounded(ids, (id) => this.getDelivery(cycleId, id));
    return new Map(docs.filter((d): d is Delivery => d !== undefined).map((d) => [d.unitId, d]));
  }

  getCompiled(cycleId: string): Promise<CompiledReport | undefined> {
    return this.store.get<CompiledReport>(artifacts(cycleId), 'compiled');
  }

  async saveCompiled(report: CompiledReport): Promise<void> {
    await this.store.update<CompiledReport>(artifacts(report.cycleId), 'compiled', () => report);
  }
}

/** Reads at most this many documents at once: a city-scale cycle has thousands, and their raw buffers add up. */
const READ_PARALLEL = 32;

async function readBounded<T>(ids: string[], read: (id: string) => Promise<T>): Promise<T[]> {
  const out = new Array<T>(ids.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(READ_PARALLEL, ids.length) }, async () => {
      while (next < ids.length) {
        const i = next++;
        out[i] = await read(ids[i]!);
      }
    }),
  );
  return out;
}
