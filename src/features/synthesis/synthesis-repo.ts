import { nextCounterNumber } from '../../domain/synthesis/document-number.ts';
import type { Synthesis } from '../../domain/synthesis/synthesis.ts';
import { readDocument, stampDocument } from '../../store/document-shape.ts';
import type { DocumentStore } from '../../store/document-store.ts';
import { repository, type Repository } from '../../store/repository.ts';
import { NUMBER_COUNTER_SHAPE, SYNTHESIS_FILE_SHAPE, SYNTHESIS_SHAPE } from '../../store/shapes/synthesis-shapes.ts';

export const SYNTHESIS = 'synthesis';
/** One counter per year: the register of report numbers. */
export const DOC_NUMBERS = 'doc-numbers';
/** Uploaded .docx versions, base64, one document each. */
export const SYNTHESIS_FILES = 'synthesis-files';

/** An uploaded file as stored. */
export interface StoredFile {
  name: string;
  base64: string;
}

/** The synthesis of each cycle, the register counter and uploaded files: one small versioned document each (src/store/shapes/). */
export class SynthesisRepo {
  readonly #syntheses: Repository<Synthesis>;
  readonly #files: Repository<StoredFile>;

  constructor(private readonly store: DocumentStore) {
    this.#syntheses = repository(store, SYNTHESIS, SYNTHESIS_SHAPE);
    this.#files = repository(store, SYNTHESIS_FILES, SYNTHESIS_FILE_SHAPE);
  }

  get(cycleId: string): Promise<Synthesis | undefined> {
    return this.#syntheses.get(cycleId);
  }

  /** Read-modify-write of one cycle's synthesis, serialised across processes; undefined from `fn` leaves it. */
  update(cycleId: string, fn: (current: Synthesis | undefined) => Synthesis | undefined | Promise<Synthesis | undefined>): Promise<Synthesis | undefined> {
    return this.#syntheses.update(cycleId, fn);
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
    const synthesis = (raw: unknown) => (raw === undefined ? undefined : readDocument(SYNTHESIS_SHAPE, SYNTHESIS, cycleId, raw));
    // Two documents in one decision (the store's updateMany): each read and stamped with its own shape, as a repository would.
    const [stored] = await this.store.updateMany(keys, ([current, counter]) => {
      const next = nextCounterNumber(counter === undefined ? undefined : readDocument(NUMBER_COUNTER_SHAPE, DOC_NUMBERS, String(year), counter), year, start);
      const updated = fn(synthesis(current), String(next.last));
      return updated === undefined
        ? [undefined, undefined]
        : [stampDocument(SYNTHESIS_SHAPE, SYNTHESIS, cycleId, updated), stampDocument(NUMBER_COUNTER_SHAPE, DOC_NUMBERS, String(year), next)];
    });
    return synthesis(stored);
  }

  async saveFile(id: string, name: string, content: Buffer): Promise<void> {
    await this.#files.update(id, () => ({ name, base64: content.toString('base64') }));
  }

  async file(id: string): Promise<{ name: string; content: Buffer } | undefined> {
    const f = await this.#files.get(id);
    return f ? { name: f.name, content: Buffer.from(f.base64, 'base64') } : undefined;
  }
}
