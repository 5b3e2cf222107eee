import { z } from 'zod';
import { cleanUserText } from '../../domain/commands/normalize-text.ts';
import type { TypedEntry } from '../../domain/self-assessment/score-entry.ts';
import { cardForm, cardRef, cardText } from '../card-schemas.ts';

/** A year named by a card: 2000–2100, else 0 (answered "not open"). */
export const cardYear = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' && /^20\d{2}$/.test(v.trim()) ? Number(v.trim()) : typeof v === 'number' && Number.isInteger(v) && v >= 2000 && v <= 2100 ? v : 0));

/** The unit's card: year and unit, the criteria inputs kept as sent. */
export const unitCard = cardForm({ year: cardYear, unitId: cardRef });
/** The review card: also the version reviewed. */
export const reviewCard = cardForm({ year: cardYear, unitId: cardRef, version: cardText });
/** A year's table, report or approval card. */
export const yearCard = cardForm({ year: cardYear });
/** The approval card: number typed from the register and comments. */
export const decisionCard = cardForm({ year: cardYear, number: cardText, comments: cardText });

function input(data: Record<string, unknown>, key: string): string {
  const v = data[key];
  return typeof v === 'string' ? cleanUserText(v).trim() : '';
}

/** What the unit typed for one criterion. */
export function typedEntry(data: Record<string, unknown>, criterionId: string): TypedEntry {
  return { score: input(data, `score_${criterionId}`), explanation: input(data, `explanation_${criterionId}`), evidence: input(data, `evidence_${criterionId}`) };
}

/** What the standing member typed for one criterion of a review. */
export function typedReview(data: Record<string, unknown>, criterionId: string): { score: string; note: string } {
  return { score: input(data, `reviewed_${criterionId}`), note: input(data, `note_${criterionId}`) };
}
