import { z } from 'zod';
import { PAR_AREAS } from '../../domain/par-areas.ts';
import type { CompiledReport } from '../../domain/report/compiled-report.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';
import { day, text } from './fields.ts';

const area = z.enum(PAR_AREAS);
const unitText = z.looseObject({ unitId: text, unitName: text, text });
const counts = z.looseObject({ total: z.number(), done: z.number(), doneLate: z.number(), inProgress: z.number(), notStarted: z.number(), overdue: z.number() });

const planProgress = z.looseObject({
  year: z.number().int(),
  asOf: day,
  illustrative: z.boolean(),
  total: counts,
  byArea: z.array(z.looseObject({ area, title: text, counts })),
  byUnit: z.array(z.looseObject({ unitId: text, unitName: text, counts })),
  overdue: z.array(z.looseObject({ number: text, content: text, unitName: text, due: day, status: z.enum(['not-started', 'in-progress']), result: text })),
});

const keyFigure = z.looseObject({
  id: text,
  label: text,
  unit: text,
  labelEn: text,
  unitEn: text,
  total: z.number(),
  unitsAsked: z.number().int(),
  unitsReported: z.number().int(),
  byUnit: z.array(z.looseObject({ unitId: text, unitName: text, value: z.number() })),
});

/**
 * `cycles/<id>/artifacts/compiled`: what the compile derived from the submissions, kept so the report can be
 * mailed, resent and found in the history exactly as it was compiled. Version 1 is the shape since it is stored.
 */
export const COMPILED_REPORT_SHAPE: DocumentShape<CompiledReport> = {
  version: 1,
  schema: schemaOf<CompiledReport>()(
    z.looseObject({
      cycleId: text,
      kind: z.enum(['quarterly', 'ad-hoc']),
      label: text,
      subject: text,
      dataFrom: day,
      dataTo: day,
      unitDeadline: day,
      compiledAt: text,
      summary: z.looseObject({ targetCount: z.number().int(), submittedCount: z.number().int(), lateCount: z.number().int(), missingUnits: z.array(text) }),
      areas: z.array(z.looseObject({ area, title: text, entries: z.array(unitText) })),
      taskProgress: z.array(z.looseObject({ unitId: text, unitName: text, status: z.enum(['done', 'in-progress', 'not-started']), note: text })),
      planProgress: planProgress.optional(),
      keyFigures: z.array(keyFigure).optional(),
      difficulties: z.array(unitText),
      proposals: z.array(unitText),
      nextQuarterTasks: z.array(unitText),
      questions: z.array(z.looseObject({ question: text, answers: z.array(unitText) })),
      evidence: z.array(z.looseObject({ unitId: text, unitName: text, urls: z.array(text) })),
      units: z.array(
        z.looseObject({
          unitId: text,
          unitName: text,
          headName: text,
          submittedAt: text.optional(),
          onTime: z.boolean().optional(),
          version: z.number().int().optional(),
          onBehalfOf: text.optional(),
        }),
      ),
    }),
  ),
};
