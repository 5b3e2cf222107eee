import { z } from 'zod';
import type { AbsentHeads } from '../../features/absences.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';
import { text } from './fields.ts';

/**
 * `directory/absent-heads`: unit id → who marked the head absent, and since when. Version 1 is the shape since
 * absences can be marked. A strict record, not a loose object: every key is a unit.
 */
export const ABSENT_HEADS_SHAPE: DocumentShape<AbsentHeads> = {
  version: 1,
  schema: schemaOf<AbsentHeads>()(z.record(z.string(), z.looseObject({ since: text, by: text }))),
};
