import { z } from 'zod';
import type { SelfAssessment, UnitScores } from '../../domain/self-assessment/self-assessment.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';
import { day, text } from './fields.ts';

/** `self-assessments/sa-<year>`: a year's opening. Version 1 is the shape since self-assessments exist. */
export const SELF_ASSESSMENT_SHAPE: DocumentShape<SelfAssessment> = {
  version: 1,
  schema: schemaOf<SelfAssessment>()(
    z.looseObject({
      year: z.number().int(),
      deadline: day,
      openedAt: text,
      openedBy: text,
      units: z.array(text),
      cards: z.record(z.string(), z.looseObject({ memberId: text, status: z.enum(['sent', 'undelivered']), at: text, detail: text.optional() })),
      compiledAt: text.optional(),
    }),
  ),
};

const entry = z.looseObject({ score: z.number(), explanation: text, evidence: z.array(text) });

/** `self-assessment-scores/sa-<year>-<unit>`: a unit's scores and their reviews. Version 1 is the shape since scores exist. */
export const UNIT_SCORES_SHAPE: DocumentShape<UnitScores> = {
  version: 1,
  schema: schemaOf<UnitScores>()(
    z.looseObject({
      year: z.number().int(),
      unitId: text,
      versions: z.array(z.looseObject({ version: z.number().int().min(1), at: text, by: text, onBehalfOf: text.optional(), entries: z.record(z.string(), entry) })),
      reviews: z.record(z.string(), z.looseObject({ score: z.number(), adjusted: z.boolean(), note: text, by: text, at: text, version: z.number().int().min(1) })),
    }),
  ),
};
