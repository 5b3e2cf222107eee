import { nextCounterNumber, type NumberCounter } from '../../domain/synthesis/document-number.ts';
import type { Synthesis } from '../../domain/synthesis/synthesis.ts';
import type { DocumentStore } from '../../store/document-store.ts';

export const SYNTHESIS = 'synthesis';
/** One counter per year: the register of report numbers. */
export const DOC_NUMBERS = 'doc-numbers';
/** Uploaded .docx versions, base64, one document each. */
export const SYNTHESIS_FILES = 'synthesis-files';

interface StoredFile {
  name: string;
  base64: string;
}

/** The synthesis of each cycle, the register counter and uploaded files: one small document each. */
export class SynthesisRepo {
  constructor(private readonly store: DocumentStore) {}

  get(cycleId: string): Promise<Synthesis | undefined> {
    return this.store.get<Synthesis>(SYNTHESIS, cycleId);
  }

  /** Read-modify-write of one cycle's synthesis, serialised across processes; undefined from `fn` leaves it. */
  update(cycleId: string, fn: (current: Synthesis | undefined) => Synthesis | undefined | Promise<Synthesis | undefined>): Promise<Synthesis | undefined> {
    return this.store.update<Synthesis>(SYNTHESIS, cycleId, fn);
  }

  /**
   * Approves with the year's next number in one decision: the counter moves only when the approval is
   * written, so two approvers clicking together never take two numbers. `fn` gets the number to use.
   */
  async approveWithCounter(cycleId: string, year: number, start: number, fn: (current: Synthesis | undefined, number: string) => Synthesis | undefined): Promise<Synthesis | undefined> {
    const keys = [
      { collection: SYNTHESIS, id: cycleId },
      { collection: DOC_NUMBERS, id: String(year) },
    ];
    const [stored] = await this.store.updateMany(keys, ([current, counter]) => {
      const next = nextCounterNumber(counter as NumberCounter | undefined, year, start);
      const updated = fn(current as Synthesis | undefined, String(next.last));
      return updated === undefined ? [undefined, undefined] : [updated, next];
    });
    return stored as Synthesis | undefined;
  }

  async saveFile(id: string, name: string, content: Buffer): Promise<void> {
    await this.store.update<StoredFile>(SYNTHESIS_FILES, id, () => ({ name, base64: content.toString('base64') }));
  }

  async file(id: string): Promise<{ name: string; content: Buffer } | undefined> {
    const f = await this.store.get<StoredFile>(SYNTHESIS_FILES, id);
    return f ? { name: f.name, content: Buffer.from(f.base64, 'base64') } : undefined;
  }
}
