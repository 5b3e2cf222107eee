/** The app-wide share of Teams' rate limit, held where every instance sees it (one start slot at a time). */
export interface RateBudget {
  /** Reserves the next start slot of the app-wide budget; resolves with the milliseconds to wait for it (0 = now). */
  reserve(): Promise<number>;
}
