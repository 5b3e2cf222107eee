import type { Cycle, Delivery } from '../domain/cycles/cycle.ts';
import type { UnitSubmission } from '../domain/cycles/submission.ts';
import type { CompiledReport } from '../domain/report/compiled-report.ts';
import type { DocumentStore } from './document-store.ts';
import { deepFreeze } from '../util/deep-freeze.ts';
import { readDocument, stampDocument } from './document-shape.ts';
import { readCollection } from './read-collection.ts';
import { VersionConflictError } from './store-errors.ts';
import { CYCLE_SHAPE, DELIVERY_SHAPE, SUBMISSION_SHAPE } from './shapes/cycle-shapes.ts';
import { COMPILED_REPORT_SHAPE } from './shapes/report-shapes.ts';

/** The collection of cycles (their submissions, deliveries and artifacts are sub-collections). */
export const CYCLES = 'cycles';
const submissions = (cycleId: string) => `cycles/${cycleId}/submissions`;
const deliveries = (cycleId: string) => `cycles/${cycleId}/deliveries`;
const artifacts = (cycleId: string) => `cycles/${cycleId}/artifacts`;
/** The compiled report's id among a cycle's artifacts. */
const COMPILED = 'compiled';

const readCycle = (id: string, raw: unknown): Cycle | undefined => (raw === undefined ? undefined : readDocument(CYCLE_SHAPE, CYCLES, id, raw));
const readSubmission = (cycleId: string, unitId: string, raw: unknown): UnitSubmission | undefined =>
  raw === undefined ? undefined : readDocument(SUBMISSION_SHAPE, submissions(cycleId), unitId, raw);
const readDelivery = (cycleId: string, unitId: string, raw: unknown): Delivery | undefined =>
  raw === undefined ? undefined : readDocument(DELIVERY_SHAPE, deliveries(cycleId), unitId, raw);

/**
 * Cycles and what hangs off them, one small document each: the cycle, one submission document
 * per unit, one delivery record per unit, and the compiled report. Writing one never rewrites others.
 * Each carries a schema version and is validated when read (src/store/shapes/), the compiled report too: it is
 * what was mailed to the chief, so a resend or the history must show it as it was or refuse it, never guess.
 */
export class CycleRepo {
  /**
   * Cycles already validated, keyed by the store's shared copy: every turn reads the open cycle (3,000 target
   * units at city scale), and a store that keeps it in memory hands out the same object until it is written,
   * so the copy and the validation are paid once per version, not once per turn. Entries go with their document.
   */
  readonly #parsed: WeakMap<object, Cycle>;

  constructor(
    private readonly store: DocumentStore,
    parsed = new WeakMap<object, Cycle>(),
  ) {
    this.#parsed = parsed;
  }

  /** The same repository over another view of the store (a turn's TurnStore), sharing the cycles already validated. */
  over(store: DocumentStore): CycleRepo {
    return new CycleRepo(store, this.#parsed);
  }

  /** The cycle, frozen: it is shared with other readers (copy it to change it; `update` hands out a copy). */
  async get(id: string): Promise<Readonly<Cycle> | undefined> {
    const raw = (await this.store.readShared<object>(CYCLES, id))?.doc;
    if (raw === undefined) return undefined;
    const known = this.#parsed.get(raw);
    if (known) return known;
    const cycle = deepFreeze(readCycle(id, raw)!);
    this.#parsed.set(raw, cycle);
    return cycle;
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
      return stampDocument(CYCLE_SHAPE, CYCLES, cycle.id, cycle);
    });
    return { cycle: readCycle(cycle.id, stored)!, created };
  }

  /** Read-modify-write of a cycle; `fn` returns undefined to leave it unchanged. */
  async update(id: string, fn: (cycle: Cycle) => Cycle | undefined): Promise<Cycle | undefined> {
    const stored = await this.store.update<Cycle>(CYCLES, id, (current) => {
      const cycle = readCycle(id, current);
      const next = cycle ? fn(cycle) : undefined;
      return next === undefined ? undefined : stampDocument(CYCLE_SHAPE, CYCLES, id, next);
    });
    return readCycle(id, stored);
  }

  /** Every cycle, newest first by opening time. */
  async list(): Promise<Cycle[]> {
    const ids = await this.store.list(CYCLES);
    const cycles = await Promise.all(ids.map((id) => this.get(id)));
    return cycles.filter((c): c is Cycle => c !== undefined).sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  }

  async getSubmission(cycleId: string, unitId: string): Promise<UnitSubmission | undefined> {
    return readSubmission(cycleId, unitId, await this.store.get<unknown>(submissions(cycleId), unitId));
  }

  /**
   * Serialised per unit, so two concurrent submissions of one card cannot both append. A unit's first submission (the
   * common case) is created by one compare-and-set at version 0 — on PostgreSQL one INSERT committed on its own, the
   * durable floor's one round trip, instead of a held read and a write — and only when the document exists does the
   * held update decide. `fn` may therefore run twice (first with no document), so it must only compute.
   */
  async updateSubmission(cycleId: string, unitId: string, fn: (current: UnitSubmission | undefined) => UnitSubmission | undefined): Promise<UnitSubmission | undefined> {
    const created = fn(undefined);
    if (created !== undefined) {
      try {
        await this.store.write(submissions(cycleId), unitId, stampDocument(SUBMISSION_SHAPE, submissions(cycleId), unitId, created), 0);
        return created;
      } catch (error) {
        // Someone stored this unit's report first (or earlier): decide on what is there, holding it.
        if (!(error instanceof VersionConflictError)) throw error;
      }
    }
    let written: UnitSubmission | undefined;
    const stored = await this.store.update<UnitSubmission>(submissions(cycleId), unitId, (current) => {
      written = fn(readSubmission(cycleId, unitId, current));
      // Validated once, here, before it is written (stampDocument refuses what a read would refuse).
      return written === undefined ? undefined : stampDocument(SUBMISSION_SHAPE, submissions(cycleId), unitId, written);
    });
    // What was just written is what was validated: not parsed and validated a second time (13 KB at city scale).
    return written ?? readSubmission(cycleId, unitId, stored);
  }

  /** Every unit's submission document for a cycle, in one bulk read (3,000 at city scale), each validated. */
  async submissions(cycleId: string): Promise<Map<string, UnitSubmission>> {
    const docs = await readCollection<unknown>(this.store, submissions(cycleId));
    return new Map(docs.map(({ id, doc }) => readSubmission(cycleId, id, doc)!).map((d) => [d.unitId, d]));
  }

  async getDelivery(cycleId: string, unitId: string): Promise<Delivery | undefined> {
    return readDelivery(cycleId, unitId, await this.store.get<unknown>(deliveries(cycleId), unitId));
  }

  async saveDelivery(cycleId: string, delivery: Delivery): Promise<void> {
    const stamped = stampDocument(DELIVERY_SHAPE, deliveries(cycleId), delivery.unitId, delivery);
    await this.store.update<Delivery>(deliveries(cycleId), delivery.unitId, () => stamped);
  }

  async deliveries(cycleId: string): Promise<Map<string, Delivery>> {
    const docs = await readCollection<unknown>(this.store, deliveries(cycleId));
    return new Map(docs.map(({ id, doc }) => readDelivery(cycleId, id, doc)!).map((d) => [d.unitId, d]));
  }

  async getCompiled(cycleId: string): Promise<CompiledReport | undefined> {
    const raw = await this.store.get<unknown>(artifacts(cycleId), COMPILED);
    return raw === undefined ? undefined : readDocument(COMPILED_REPORT_SHAPE, artifacts(cycleId), COMPILED, raw);
  }

  async saveCompiled(report: CompiledReport): Promise<void> {
    const stamped = stampDocument(COMPILED_REPORT_SHAPE, artifacts(report.cycleId), COMPILED, report);
    await this.store.update<CompiledReport>(artifacts(report.cycleId), COMPILED, () => stamped);
  }
}
