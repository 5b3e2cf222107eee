import { z } from 'zod';
import type { Cycle, Delivery } from '../../domain/cycles/cycle.ts';
import type { UnitSubmission } from '../../domain/cycles/submission.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';

const text = z.string();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected a yyyy-mm-dd date');

/** `cycles/<id>`: version 1 is the shape since cycles exist (documents without a version). */
export const CYCLE_SHAPE: DocumentShape<Cycle> = {
  version: 1,
  schema: schemaOf<Cycle>()(
    z.looseObject({
      id: text,
      kind: z.enum(['quarterly', 'ad-hoc']),
      label: text,
      subject: text,
      topic: text.optional(),
      questions: z.array(text).optional(),
      dataFrom: date,
      dataTo: date,
      unitDeadline: date,
      compileDeadline: date,
      targetUnits: z.array(text),
      state: z.enum(['open', 'compiled', 'sent']),
      openedBy: text,
      openedAt: text,
      progress: z.looseObject({ memberId: text, activityId: text }).optional(),
      compiledAt: text.optional(),
      sentAt: text.optional(),
    }),
  ),
};

/** Answers are checked field by field where present: forms of other kinds (ad-hoc questions) fill only some of them. */
const answers = z.looseObject({
  areas: z.record(z.string(), text).optional(),
  taskStatus: z.enum(['done', 'in-progress', 'not-started']).optional(),
  taskNote: text.optional(),
  difficulties: text.optional(),
  proposals: text.optional(),
  nextQuarterTasks: text.optional(),
  evidence: z.array(text).optional(),
  answers: z.array(text).optional(),
});

/** `cycles/<id>/submissions/<unit>`: version 1 is the shape since submissions exist. */
export const SUBMISSION_SHAPE: DocumentShape<UnitSubmission> = {
  version: 1,
  schema: z.looseObject({
    cycleId: text,
    unitId: text,
    versions: z.array(
      z.looseObject({
        version: z.number().int().min(1),
        submittedBy: text,
        onBehalfOf: text.optional(),
        at: text,
        late: z.boolean(),
        answers,
      }),
    ),
    // A cast, not schemaOf<UnitSubmission>: `answers` is looser than ReportAnswers on purpose (see above).
  }) as unknown as z.ZodType<UnitSubmission>,
};

/** `cycles/<id>/deliveries/<unit>`: what happened to one unit's report card. Version 1 is the shape since deliveries exist. */
export const DELIVERY_SHAPE: DocumentShape<Delivery> = {
  version: 1,
  schema: schemaOf<Delivery>()(
    z.looseObject({
      unitId: text,
      memberId: text,
      status: z.enum(['sending', 'sent', 'no-reference', 'blocked', 'failed']),
      detail: text.optional(),
      activityId: text.optional(),
      conversationId: text.optional(),
      at: text,
    }),
  ),
};
