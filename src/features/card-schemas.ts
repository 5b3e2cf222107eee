import { z } from 'zod';
import { cleanUserText } from '../domain/commands/normalize-text.ts';

/**
 * Building blocks of card payload schemas. Teams sends every Input.* value as a string, and a
 * stale or forged card may send anything, so the blocks are total: a value that is not what the
 * card meant becomes the empty value, and the handler answers "not found" or "required" in the
 * user's language. A payload that is not an object at all fails the verb's schema, and the router
 * answers that the card is no longer valid.
 */

/** A text input: NFC, control characters stripped, trimmed; '' when absent or not text. */
export const cardText = z.unknown().optional().transform((v) => (typeof v === 'string' ? cleanUserText(v).trim() : ''));

/** A toggle: true for "true" (Input.Toggle's valueOn) or a JSON true. */
export const cardFlag = z.unknown().optional().transform((v) => v === true || v === 'true');

const DOCUMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** The id of a stored document named by a card (meeting, task, cycle): '' unless it is a safe store key. */
export const cardRef = z.unknown().optional().transform((v) => (typeof v === 'string' && DOCUMENT_ID.test(v) ? v : ''));

/** A card's data: the named fields parsed, every other input kept as sent (report answers, task rows). */
export function cardForm<T extends z.ZodRawShape>(shape: T) {
  return z.looseObject(shape);
}
