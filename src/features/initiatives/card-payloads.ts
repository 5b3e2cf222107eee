import type { z } from 'zod';
import { cardForm, cardRef, cardText } from '../card-schemas.ts';

/** The registration form: the initiative (empty to register a new one) and the inputs. */
export const INITIATIVE_FORM = cardForm({
  initiativeId: cardRef,
  title: cardText,
  authors: cardText,
  unitId: cardText,
  area: cardText,
  description: cardText,
  expectedEffect: cardText,
  startDate: cardText,
});
/** Opening one initiative, or deciding on it (decision and note). */
export const INITIATIVE_REF = cardForm({ initiativeId: cardRef, decision: cardText, note: cardText });
/** The year-end export: the year and csv or xlsx. */
export const INITIATIVE_EXPORT = cardForm({ year: cardText, format: cardText });

export type InitiativeFormData = z.output<typeof INITIATIVE_FORM>;
export type InitiativeRefData = z.output<typeof INITIATIVE_REF>;
export type InitiativeExportData = z.output<typeof INITIATIVE_EXPORT>;
