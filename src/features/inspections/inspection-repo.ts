import type { Inspection } from '../../domain/inspections/inspection-model.ts';
import { isClosed } from '../../domain/inspections/inspection-rules.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { INSPECTION } from '../../i18n/inspection-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AppServices } from '../app-services.ts';

export const INSPECTIONS = 'inspections';

/** Every stored inspection, oldest first (closed ones are the committee's history). */
export async function listInspections(app: AppServices): Promise<Inspection[]> {
  return (await app.repos.inspections.all()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The inspection a card names; refuses an unknown one, and a closed one for anything that would change it. */
export async function inspectionToEdit(app: AppServices, inspectionId: string, locale: Locale): Promise<Inspection> {
  const inspection = inspectionId ? await app.repos.inspections.get(inspectionId) : undefined;
  if (!inspection) throw new ValidationError('inspectionId', INSPECTION[locale].notFound);
  if (isClosed(inspection)) throw new ValidationError('inspectionId', INSPECTION[locale].closed);
  return inspection;
}

/**
 * Read-modify-write of one inspection that refuses, inside the update, what a closed inspection
 * must not take: `fn` sees the current document and returns the new one, or a localized refusal
 * (thrown as a ValidationError, nothing changed), so a check and its write cannot be split by another turn.
 */
export async function updateOpenInspection(app: AppServices, inspectionId: string, locale: Locale, fn: (current: Inspection) => Inspection | { refused: string }): Promise<Inspection> {
  let refusal = INSPECTION[locale].notFound;
  const saved = await app.repos.inspections.update(inspectionId, (current) => {
    if (!current) return undefined;
    if (isClosed(current)) {
      refusal = INSPECTION[locale].closed;
      return undefined;
    }
    const next = fn(current);
    if ('refused' in next) {
      refusal = next.refused;
      return undefined;
    }
    return next;
  });
  if (!saved) throw new ValidationError('inspectionId', refusal);
  return saved;
}

/** Ledger document of an inspection's reminders. */
export function inspectionDoc(inspectionId: string): string {
  return `inspection-${inspectionId}`;
}
