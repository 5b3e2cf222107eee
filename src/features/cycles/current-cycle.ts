import type { Cycle } from '../../domain/cycles/cycle.ts';
import type { AppServices } from '../app-services.ts';

/** The cycle a command means when none is named: the newest one not yet sent, else the newest. */
export async function currentCycle(app: AppServices): Promise<Cycle | undefined> {
  const cycles = await app.cycles.list();
  return cycles.find((c) => c.state !== 'sent') ?? cycles[0];
}
