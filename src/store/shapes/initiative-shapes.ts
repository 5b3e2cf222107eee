import { z } from 'zod';
import { INITIATIVE_STATUSES, REVIEW_DECISIONS, type Initiative } from '../../domain/initiatives/initiative-model.ts';
import { PAR_AREAS } from '../../domain/par-areas.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';
import { text } from './fields.ts';

const fields = {
  title: text,
  authors: text,
  unitId: text,
  area: z.enum(PAR_AREAS),
  description: text,
  expectedEffect: text,
  startDate: text,
};

/** `initiatives/<id>`: version 1 is the shape since initiatives can be registered (documents without a version). */
export const INITIATIVE_SHAPE: DocumentShape<Initiative> = {
  version: 1,
  schema: schemaOf<Initiative>()(
    z.looseObject({
      ...fields,
      id: text,
      status: z.enum(INITIATIVE_STATUSES),
      registeredBy: text,
      registeredAt: text,
      recognisedOn: text.optional(),
      versions: z.array(z.looseObject(fields)),
      events: z.array(z.looseObject({ at: text, by: text, kind: z.enum(['submitted', 'resubmitted', ...REVIEW_DECISIONS]), note: text.optional() })),
    }),
  ),
};
