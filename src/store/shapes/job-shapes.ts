import { z } from 'zod';
import type { JobsDoc } from '../../scheduler/job-ledger.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';
import { text } from './fields.ts';

const entry = z.looseObject({
  status: z.enum(['sending', 'sent', 'failed']),
  job: text,
  what: text,
  run: text,
  at: text,
  leaseUntil: text.optional(),
  takenOverBy: text.optional(),
  detail: text.optional(),
  reported: z.boolean().optional(),
});

/** `jobs/<cycle-… | auto-<year> | …>`: the scheduler's ledger. Version 1 is the shape since the ledger exists (entries without a lease predate leases). */
export const JOBS_DOC_SHAPE: DocumentShape<JobsDoc> = {
  version: 1,
  schema: schemaOf<JobsDoc>()(z.looseObject({ entries: z.record(z.string(), entry) })),
};
