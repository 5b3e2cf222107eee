import type { z } from 'zod';
import { cardForm, cardText } from '../card-schemas.ts';

/** The Open button of the documents list: the document's ref (checked against what the member may see). */
export const DOCUMENT_REF = cardForm({ ref: cardText });

export type DocumentRefData = z.output<typeof DOCUMENT_REF>;
