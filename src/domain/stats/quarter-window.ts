import type { Quarter } from '../cycles/quarter.ts';

/** Largest window `thống kê N` accepts: five years is plenty and keeps the card small. */
export const MAX_STATS_QUARTERS = 20;

/** Default window of `thống kê`: one year. */
export const DEFAULT_STATS_QUARTERS = 4;

/** The quarter before `q`. */
export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { year: q.year, quarter: (q.quarter - 1) as Quarter['quarter'] };
}

/** Compares two quarters chronologically (negative when `a` is earlier). */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/** `n` consecutive quarters ending with `last`, oldest first. */
export function quarterWindow(last: Quarter, n: number): Quarter[] {
  const window: Quarter[] = [];
  let q = last;
  for (let i = 0; i < n; i++) {
    window.unshift(q);
    q = previousQuarter(q);
  }
  return window;
}
