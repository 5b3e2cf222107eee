/** Consecutive start slots of the app-wide budget, handed to one instance. */
export interface SlotBlock {
  /** Start of the first slot on this process's clock (milliseconds since the epoch, as Date.now). */
  firstAt: number;
  /** Milliseconds between slots: 1/rate of the whole app's budget. */
  gapMs: number;
  count: number;
}

/** The app-wide share of Teams' rate limit, held where every instance sees it. */
export interface RateBudget {
  /**
   * Reserves `count` consecutive start slots, the first no sooner than `leadMs` from now. Slots are exclusive
   * across instances: together they are 1/rate apart on one clock, whoever holds them.
   */
  reserve(count: number, leadMs: number): Promise<SlotBlock>;
}
