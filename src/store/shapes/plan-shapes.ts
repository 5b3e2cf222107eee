import { z } from 'zod';
import { PAR_AREAS } from '../../domain/par-areas.ts';
import { TASK_STATUSES, type AnnualPlan } from '../../domain/plan/plan-model.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';
import { day, text } from './fields.ts';

const status = z.enum(TASK_STATUSES);
const at = z.looseObject({ at: text, by: text });

const task = z.looseObject({
  id: text,
  number: text,
  content: text,
  area: z.enum(PAR_AREAS),
  leadUnitId: text,
  cooperatingUnitIds: z.array(text),
  deadline: z.discriminatedUnion('kind', [z.looseObject({ kind: z.literal('date'), date: day }), z.looseObject({ kind: z.literal('quarter'), quarter: z.literal([1, 2, 3, 4]) })]),
  output: text,
  status,
  result: text,
  doneOn: text.optional(),
  late: z.boolean().optional(),
  history: z.array(z.looseObject({ at: text, by: text, status, result: text })),
  changes: z.array(z.looseObject({ at: text, by: text, kind: z.enum(['added', 'edited', 'cancelled']), fields: z.array(text).optional(), reason: text.optional() })).optional(),
  cancellation: at.extend({ reason: text }).optional(),
});

/** `plans/plan-<year>`: version 1 is the shape since plans are stored (documents without a version). */
export const PLAN_SHAPE: DocumentShape<AnnualPlan> = {
  version: 1,
  schema: schemaOf<AnnualPlan>()(
    z.looseObject({
      year: z.number().int(),
      tasks: z.array(task),
      source: text,
      importedAt: text,
      importedBy: text,
      illustrative: z.boolean(),
    }),
  ),
};
