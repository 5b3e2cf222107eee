/** One step of a turn: do its part, then call `next` to hand on (or not, to end the turn there). */
export type Middleware<T> = (turn: T, next: () => Promise<void>) => Promise<void>;

/** Chains steps in order (after grammY's Composer); a step that does not call `next` ends the chain. */
export function compose<T>(steps: readonly Middleware<T>[]): (turn: T) => Promise<void> {
  return (turn) => {
    const run = async (i: number): Promise<void> => {
      const step = steps[i];
      if (!step) return;
      let called = false;
      await step(turn, async () => {
        if (called) throw new Error(`middleware step ${i} called next() twice`);
        called = true;
        await run(i + 1);
      });
    };
    return run(0);
  };
}
