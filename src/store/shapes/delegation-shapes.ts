import { z } from 'zod';
import type { DelegationBook } from '../../domain/delegation/delegation.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';
import { day, text } from './fields.ts';

/** `delegations/chief`: version 1 is the shape since delegations exist (documents without a version). */
export const DELEGATION_BOOK_SHAPE: DocumentShape<DelegationBook> = {
  version: 1,
  schema: schemaOf<DelegationBook>()(
    z.looseObject({
      items: z.array(
        z.looseObject({
          id: text,
          from: day,
          to: day,
          grantedBy: text,
          grantedAt: text,
          revokedAt: text.optional(),
          revokedBy: text.optional(),
        }),
      ),
    }),
  ),
};
