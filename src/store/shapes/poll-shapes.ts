import { z } from 'zod';
import type { Poll } from '../../domain/polls/poll-model.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';
import { day, text, textMap } from './fields.ts';

const choice = z.number().int().min(0);

/** `polls/<id>`: version 1 is the shape since written polls exist (documents without a version). */
export const POLL_SHAPE: DocumentShape<Poll> = {
  version: 1,
  schema: schemaOf<Poll>()(
    z.looseObject({
      id: text,
      question: text,
      options: z.array(text),
      deadline: day,
      memberIds: z.array(text),
      createdBy: text,
      createdAt: text,
      answers: z.record(z.string(), z.looseObject({ choice, comment: text, at: text })),
      cards: textMap,
      sending: textMap.optional(),
      undelivered: textMap.optional(),
      groupUnitIds: z.array(text).optional(),
      meeting: z.looseObject({ id: text, date: text, item: z.number().int(), text, kind: z.enum(['regular', 'adhoc', 'group']) }).optional(),
      status: z.enum(['open', 'closed', 'decided']),
      decision: z.looseObject({ choice, reason: text, by: text, onBehalfOfChief: z.boolean(), at: text }).optional(),
    }),
  ),
};
