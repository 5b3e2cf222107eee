import type { DocumentStore } from '../store/document-store.ts';
import { repository, type Repository } from '../store/repository.ts';
import { JOBS_DOC_SHAPE } from '../store/shapes/job-shapes.ts';

/** 'sending' is written before the work starts; the others after it ended. */
export type LedgerStatus = 'sending' | 'sent' | 'failed';

/** One recorded job: a reminder rung, an escalation, an automatic opening… */
export interface LedgerEntry {
  status: LedgerStatus;
  /** Job key for logs and failure reports, e.g. "2026-q4/kinh-te/due". */
  job: string;
  /** Short human description for the standing member ("Phòng Kinh tế → Trịnh Minh Kinh Tế"). */
  what: string;
  /** Process run that claimed it: a 'sending' claim of another run means that run stopped mid-job. */
  run: string;
  at: string;
  /** A 'sending' claim is its run's until then; past it, that run is taken to have died (entries without one predate leases). */
  leaseUntil?: string;
  /** The run that took over a dead run's claim and reported it. */
  takenOverBy?: string;
  detail?: string;
  /** Set once the standing member was told about a failure or an interrupted job. */
  reported?: boolean;
}

/** One small document per cycle ('cycle-<id>') or per year of automatic jobs ('auto-<year>'). */
export interface JobsDoc {
  entries: Record<string, LedgerEntry>;
}

/** The ledger's collection (declared by the reminders module). */
export const JOBS = 'jobs';

export { autoDoc, cycleDoc } from '../features/jobs/ledger-docs.ts';

/**
 * How long a claim stays its run's: far longer than any one job takes (a send with its retries, a compile),
 * so a live instance's claim is never taken over, and short enough that a dead one's is reported the same morning.
 */
export const CLAIM_LEASE_MS = 10 * 60_000;

/** What a failure report lists: the entries that failed or were interrupted and were not reported yet. */
export interface Unreported {
  doc: string;
  key: string;
  entry: LedgerEntry;
}

/**
 * The scheduler's memory of what it did, in the store. A job is claimed ('sending') before it is
 * performed and settled after, so a restart never performs a recorded job again.
 */
export class JobLedger {
  readonly #docs: Repository<JobsDoc>;

  constructor(
    store: DocumentStore,
    /** Id of this process run. */
    readonly run: string,
  ) {
    this.#docs = repository(store, JOBS, JOBS_DOC_SHAPE);
  }

  /** Every recorded key of a document. */
  async recorded(doc: string): Promise<Map<string, LedgerEntry>> {
    const stored = await this.#docs.get(doc);
    return new Map(Object.entries(stored?.entries ?? {}));
  }

  /** Claims all `keys` at once; false (and nothing written) when any of them is already recorded. */
  async claim(doc: string, keys: string[], job: string, what: string, now: Date): Promise<boolean> {
    let claimed = false;
    await this.#docs.update(doc, (current) => {
      const entries = current?.entries ?? {};
      if (keys.some((k) => entries[k])) return undefined;
      claimed = true;
      const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS).toISOString();
      const added = Object.fromEntries(keys.map((k) => [k, { status: 'sending', job, what, run: this.run, at: now.toISOString(), leaseUntil } satisfies LedgerEntry]));
      return { entries: { ...entries, ...added } };
    });
    return claimed;
  }

  /** Records how claimed keys ended. */
  async settle(doc: string, keys: string[], status: Exclude<LedgerStatus, 'sending'>, now: Date, detail?: string): Promise<void> {
    await this.#docs.update(doc, (current) => {
      const entries = { ...(current?.entries ?? {}) };
      for (const key of keys) {
        const entry = entries[key];
        if (entry) entries[key] = { ...entry, status, at: now.toISOString(), ...(detail ? { detail } : {}) };
      }
      return { entries };
    });
  }

  /**
   * Failed jobs, and jobs another run claimed and never settled before its lease ran out (that instance died),
   * that the standing member has not been told about. A live instance's claim is left alone, whichever instance asks.
   */
  async unreported(doc: string, now: Date): Promise<Unreported[]> {
    const found: Unreported[] = [];
    for (const [key, entry] of await this.recorded(doc)) {
      if (entry.reported) continue;
      const abandoned = entry.status === 'sending' && entry.run !== this.run && (entry.leaseUntil === undefined || entry.leaseUntil <= now.toISOString());
      if (entry.status === 'failed' || abandoned) found.push({ doc, key, entry });
    }
    return found;
  }

  /**
   * Marks entries as reported so the standing member hears about each only once; an abandoned claim is taken
   * over by this run (recorded, never performed again: whether its message went out is unknown). Returns the
   * keys this call marked: when two instances report at once, each key belongs to the one that marked it.
   */
  async markReported(doc: string, keys: string[]): Promise<string[]> {
    const marked: string[] = [];
    await this.#docs.update(doc, (current) => {
      marked.length = 0;
      if (!current) return undefined;
      const entries = { ...current.entries };
      for (const key of keys) {
        const entry = entries[key];
        if (!entry || entry.reported) continue;
        entries[key] = { ...entry, reported: true, ...(entry.status === 'sending' ? { takenOverBy: this.run } : {}) };
        marked.push(key);
      }
      return marked.length ? { entries } : undefined;
    });
    return marked;
  }
}
