/** Serialises async work per key: one document's updates run one after another, others run freely. */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs `work` after every earlier work for the same key has settled. */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    // Forget the key once idle so the map does not grow with every document ever touched.
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return next;
  }

  /** Runs `work` holding every key; callers pass keys in one global order (lockOrder) so two such calls never wait on each other in a cycle. */
  runAll<T>(keys: string[], work: () => Promise<T>): Promise<T> {
    return keys.reduceRight<() => Promise<T>>((inner, key) => () => this.run(key, inner), work)();
  }
}
