/** 'sending' is written before the work starts; the others after it ended. */
export type LedgerStatus = 'sending' | 'sent' | 'failed';

/** One recorded job as features see it (the scheduler's JobLedger stores it). */
export interface LedgerEntryView {
  status: LedgerStatus;
  job: string;
  what: string;
  detail?: string;
}

/** What a failure report lists: entries that failed or were interrupted and were not reported yet. */
export interface UnreportedView {
  doc: string;
  key: string;
  entry: LedgerEntryView;
}

/** The job ledger as features use it: claim before the work, settle after, so no job runs twice. */
export interface JobLedgerPort {
  recorded(doc: string): Promise<Map<string, LedgerEntryView>>;
  claim(doc: string, keys: string[], job: string, what: string, now: Date): Promise<boolean>;
  settle(doc: string, keys: string[], status: 'sent' | 'failed', at: Date, detail?: string): Promise<void>;
  /** Failed jobs and claims whose instance died (lease past `now`), not yet reported. */
  unreported(doc: string, now: Date): Promise<UnreportedView[]>;
  /** Marks them reported; returns the keys this call marked (the reporter when several instances race). */
  markReported(doc: string, keys: string[]): Promise<string[]>;
}
