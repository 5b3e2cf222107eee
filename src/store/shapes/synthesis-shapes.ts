import { z } from 'zod';
import type { NumberCounter } from '../../domain/synthesis/document-number.ts';
import { SYNTHESIS_SECTIONS, type Synthesis } from '../../domain/synthesis/synthesis.ts';
import type { StoredFile } from '../../features/synthesis/synthesis-repo.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';
import { day, text } from './fields.ts';

const version = z.number().int().min(1);
const sectionText = z.looseObject(Object.fromEntries(SYNTHESIS_SECTIONS.map((s) => [s, text])) as Record<(typeof SYNTHESIS_SECTIONS)[number], typeof text>);

/** `synthesis/<cycle or self-assessment-year>`: the standing member's synthesis. Version 1 is the shape since it exists. */
export const SYNTHESIS_SHAPE: DocumentShape<Synthesis> = {
  version: 1,
  schema: schemaOf<Synthesis>()(
    z.looseObject({
      cycleId: text,
      state: z.enum(['draft', 'submitted', 'returned', 'approved']),
      versions: z.array(z.looseObject({ version, at: text, by: text, text: sectionText, source: z.enum(['card', 'docx']), fileName: text.optional(), fileId: text.optional() })),
      requests: z.array(z.looseObject({ at: text, by: text, version, to: z.array(text) })),
      returns: z.array(z.looseObject({ at: text, by: text, version, comments: text })),
      approval: z
        .looseObject({ at: text, by: text, version, number: text, issuedOn: day, numberSource: z.enum(['typed', 'counter']), onBehalfOfChief: z.boolean() })
        .optional(),
      sentAt: text.optional(),
      told: z.array(text).optional(),
      approvalUndelivered: z.array(text).optional(),
    }),
  ),
};

/** `doc-numbers/<year>`: the register counter. Version 1 is the shape since numbers are taken from it. */
export const NUMBER_COUNTER_SHAPE: DocumentShape<NumberCounter> = {
  version: 1,
  schema: schemaOf<NumberCounter>()(z.looseObject({ year: z.number().int(), last: z.number().int().min(0) })),
};

/** `synthesis-files/<id>`: an uploaded .docx, base64. Version 1 is the shape since uploads exist. */
export const SYNTHESIS_FILE_SHAPE: DocumentShape<StoredFile> = {
  version: 1,
  schema: schemaOf<StoredFile>()(z.looseObject({ name: text, base64: text })),
};
