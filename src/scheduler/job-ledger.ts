import type { DocumentStore } from '../store/document-store.ts';

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
  detail?: string;
  /** Set once the standing member was told about a failure or an interrupted job. */
  reported?: boolean;
}

/** One small document per cycle ('cycle-<id>') or per year of automatic jobs ('auto-<year>'). */
export interface JobsDoc {
  entries: Record<string, LedgerEntry>;
}

const JOBS = 'jobs';

export { autoDoc, cycleDoc } from '../features/jobs/ledger-docs.ts';

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
  constructor(
    private readonly store: DocumentStore,
    /** Id of this process run. */
    readonly run: string,
  ) {}

  /** Every recorded key of a document. */
  async recorded(doc: string): Promise<Map<string, LedgerEntry>> {
    const stored = await this.store.get<JobsDoc>(JOBS, doc);
    return new Map(Object.entries(stored?.entries ?? {}));
  }

  /** Claims all `keys` at once; false (and nothing written) when any of them is already recorded. */
  async claim(doc: string, keys: string[], job: string, what: string, now: Date): Promise<boolean> {
    let claimed = false;
    await this.store.update<JobsDoc>(JOBS, doc, (current) => {
      const entries = current?.entries ?? {};
      if (keys.some((k) => entries[k])) return undefined;
      claimed = true;
      const added = Object.fromEntries(keys.map((k) => [k, { status: 'sending', job, what, run: this.run, at: now.toISOString() } satisfies LedgerEntry]));
      return { entries: { ...entries, ...added } };
    });
    return claimed;
  }

  /** Records how claimed keys ended. */
  async settle(doc: string, keys: string[], status: Exclude<LedgerStatus, 'sending'>, now: Date, detail?: string): Promise<void> {
    await this.store.update<JobsDoc>(JOBS, doc, (current) => {
      const entries = { ...(current?.entries ?? {}) };
      for (const key of keys) {
        const entry = entries[key];
        if (entry) entries[key] = { ...entry, status, at: now.toISOString(), ...(detail ? { detail } : {}) };
      }
      return { entries };
    });
  }

  /** Failed jobs, and jobs another run claimed but never settled, that the standing member has not been told about. */
  async unreported(doc: string): Promise<Unreported[]> {
    const found: Unreported[] = [];
    for (const [key, entry] of await this.recorded(doc)) {
      if (entry.reported) continue;
      if (entry.status === 'failed' || (entry.status === 'sending' && entry.run !== this.run)) found.push({ doc, key, entry });
    }
    return found;
  }

  /** Marks entries as reported so the standing member hears about each only once. */
  async markReported(doc: string, keys: string[]): Promise<void> {
    await this.store.update<JobsDoc>(JOBS, doc, (current) => {
      if (!current) return undefined;
      const entries = { ...current.entries };
      for (const key of keys) if (entries[key]) entries[key] = { ...entries[key]!, reported: true };
      return { entries };
    });
  }
}
