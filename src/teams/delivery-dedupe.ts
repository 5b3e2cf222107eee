/** Remembers delivered activity ids, so a delivery Teams repeats is answered once (RecentIds in one process, the database across instances). */
export interface DeliveryDedupe {
  /** True when the id was seen already (and not expired); otherwise remembers it and returns false. */
  checkAndAdd(id: string): boolean | Promise<boolean>;
}
