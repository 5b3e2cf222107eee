/**
 * `npm run bench -- --quick`: every part at a tenth of its size, to check that the benchmark runs (a smoke run,
 * e.g. after changing it); its figures are not the recorded ones.
 */
export const QUICK = process.argv.includes('--quick');

/** `n` in a normal run, a tenth of it (at least 1) with --quick. */
export const scaled = (n: number): number => (QUICK ? Math.max(1, Math.round(n / 10)) : n);
