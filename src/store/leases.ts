/** Time-limited ownership of a named piece of work (a cycle's fan-out), so one instance does it and another takes over when that one dies. */
export interface Leases {
  /** Takes or renews the lease for `owner` until `ttlMs` from now; false while another owner holds it unexpired. */
  acquire(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up (only the owner can). */
  release(name: string, owner: string): Promise<void>;
  /** Names starting with `prefix` whose lease ran out without being released: their owner died in the middle. */
  lapsed(prefix: string): Promise<string[]>;
}

/** Leases of one process: enough for the file store, which one instance owns. */
export class MemoryLeases implements Leases {
  readonly #held = new Map<string, { owner: string; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const held = this.#held.get(name);
    if (held && held.owner !== owner && held.until > this.now()) return false;
    this.#held.set(name, { owner, until: this.now() + ttlMs });
    return true;
  }

  async release(name: string, owner: string): Promise<void> {
    if (this.#held.get(name)?.owner === owner) this.#held.delete(name);
  }

  async lapsed(prefix: string): Promise<string[]> {
    return [...this.#held].filter(([name, held]) => name.startsWith(prefix) && held.until <= this.now()).map(([name]) => name);
  }
}
