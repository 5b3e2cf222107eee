import { z } from 'zod';
import { VERDICTS, type Inspection } from '../../domain/inspections/inspection-model.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';
import { day, text, textMap } from './fields.ts';

const by = { by: text, at: text };

const selfReport = z.looseObject({ text, evidence: z.array(text), ...by, version: z.number().int().min(1) });
const finding = z.looseObject({ verdict: z.enum(VERDICTS), findings: text, proposal: text, ...by });
const measure = z.looseObject({ unitId: text, content: text, deadline: day, adjusted: z.boolean(), taskId: text });

/** `inspections/<id>`: version 1 is the shape since inspections exist (documents without a version). */
export const INSPECTION_SHAPE: DocumentShape<Inspection> = {
  version: 1,
  schema: schemaOf<Inspection>()(
    z.looseObject({
      id: text,
      content: text,
      unitIds: z.array(text),
      periodFrom: day,
      periodTo: day,
      deadline: day,
      leaderId: text,
      deputyLeaderId: text.optional(),
      memberIds: z.array(text),
      organiserIds: z.array(text),
      createdBy: text,
      createdAt: text,
      status: z.enum(['open', 'reported', 'forwarded', 'closed']),
      selfReports: z.record(z.string(), selfReport),
      findings: z.record(z.string(), finding),
      report: z.looseObject({ summary: text, ...by }).optional(),
      forwarded: z.looseObject({ note: text, ...by }).optional(),
      conclusion: z.looseObject({ text, measures: z.array(measure), ...by, onBehalfOfChief: z.boolean() }).optional(),
      delivered: z.array(text),
      sending: textMap.optional(),
      undelivered: textMap.optional(),
    }),
  ),
};
