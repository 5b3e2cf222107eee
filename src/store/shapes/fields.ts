import { z } from 'zod';

/** Field schemas the stored shapes share. */
export const text = z.string();
/** A calendar day as the bot writes it (yyyy-mm-dd, Vietnam time). */
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a yyyy-mm-dd date');
/** A string→string map: card activity ids by member, claims by key, Teams refusals by member. */
export const textMap = z.record(z.string(), text);
