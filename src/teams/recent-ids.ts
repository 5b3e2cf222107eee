import type { DeliveryDedupe } from './delivery-dedupe.ts';

/** A bounded set of recently seen ids (oldest forgotten first), for dropping duplicate deliveries within one process. */
export class RecentIds implements DeliveryDedupe {
  readonly #ids = new Set<string>();

  constructor(private readonly capacity: number) {}

  /** True when the id was seen already; otherwise remembers it and returns false. */
  checkAndAdd(id: string): boolean {
    if (this.#ids.has(id)) return true;
    this.#ids.add(id);
    if (this.#ids.size > this.capacity) {
      const oldest = this.#ids.values().next().value;
      if (oldest !== undefined) this.#ids.delete(oldest);
    }
    return false;
  }
}
