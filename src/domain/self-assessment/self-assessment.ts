import type { ScoreEntry } from './score-entry.ts';

/**
 * A year's PAR-index self-assessment (Điều 5.3, 6 mục 2.14, Phụ lục 2A): opened with a deadline,
 * scored by each responsible unit on one card, reviewed by the standing member. Pure data and
 * transitions; the feature stores and sends.
 */
export interface SelfAssessment {
  year: number;
  /** The units' deadline, yyyy-mm-dd (moved off days off like report deadlines). */
  deadline: string;
  openedAt: string;
  openedBy: string;
  /** The units that score at least one criterion of the year's set. */
  units: string[];
  /** Where each unit's card went (the member acting for it then), so a member who installs later still gets it. */
  cards: Record<string, { memberId: string; status: 'sent' | 'undelivered'; at: string; detail?: string }>;
  /** When the Office's table was last compiled. */
  compiledAt?: string;
}

/** One saved version of a unit's scores. */
export interface ScoresVersion {
  version: number;
  at: string;
  by: string;
  /** The head the deputy acted for (Điều 2.1). */
  onBehalfOf?: string;
  entries: Record<string, ScoreEntry>;
}

/** The standing member's decision on one criterion of one unit. */
export interface ReviewItem {
  /** The score that counts. */
  score: number;
  /** Whether it differs from what the unit claimed. */
  adjusted: boolean;
  note: string;
  by: string;
  at: string;
  /** The unit's version this decision was made on; a later version needs a new review. */
  version: number;
}

/** Everything one unit stated, and the reviews of it. */
export interface UnitScores {
  year: number;
  unitId: string;
  versions: ScoresVersion[];
  reviews: Record<string, ReviewItem>;
}

export function latestScores(u: UnitScores | undefined): ScoresVersion | undefined {
  return u?.versions.at(-1);
}

function sameEntries(a: Record<string, ScoreEntry>, b: Record<string, ScoreEntry>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const x = a[k]!;
    const y = b[k];
    return y !== undefined && x.score === y.score && x.explanation === y.explanation && x.evidence.join('\n') === y.evidence.join('\n');
  });
}

/** Saves the unit's entries as a new version; the same entries again (a repeated click) are no new version. */
export function saveScores(current: UnitScores | undefined, year: number, unitId: string, entries: Record<string, ScoreEntry>, by: string, at: string, onBehalfOf?: string): { scores: UnitScores; changed: boolean } {
  const base: UnitScores = current ?? { year, unitId, versions: [], reviews: {} };
  const latest = latestScores(base);
  if (latest && sameEntries(latest.entries, entries)) return { scores: base, changed: false };
  const version: ScoresVersion = { version: (latest?.version ?? 0) + 1, at, by, ...(onBehalfOf ? { onBehalfOf } : {}), entries };
  return { scores: { ...base, versions: [...base.versions, version] }, changed: true };
}

/** What the standing member typed for one criterion: the score that counts and a note. */
export interface ReviewInput {
  score: number;
  note: string;
}

export type ReviewRefusal = 'not-scored' | 'note-required' | 'stale-version';

/**
 * Records the review of the unit's latest version: a score equal to the claim accepts it, another
 * score adjusts it and needs a note (the unit is told why). Returns the criteria adjusted.
 */
export function reviewScores(
  u: UnitScores,
  version: number,
  inputs: Record<string, ReviewInput>,
  by: string,
  at: string,
): { ok: true; scores: UnitScores; adjusted: string[]; changed: boolean } | { ok: false; reason: ReviewRefusal; criterionId?: string } {
  const latest = latestScores(u);
  if (!latest) return { ok: false, reason: 'not-scored' };
  if (latest.version !== version) return { ok: false, reason: 'stale-version' };
  const reviews = { ...u.reviews };
  const adjusted: string[] = [];
  let changed = false;
  for (const [id, input] of Object.entries(inputs)) {
    const claim = latest.entries[id];
    if (!claim) continue;
    const isAdjusted = Math.abs(input.score - claim.score) > 1e-9;
    const note = input.note.trim();
    if (isAdjusted && note === '') return { ok: false, reason: 'note-required', criterionId: id };
    if (isAdjusted) adjusted.push(id);
    const before = reviews[id];
    if (before && before.version === version && before.score === input.score && before.note === note) continue;
    reviews[id] = { score: input.score, adjusted: isAdjusted, note, by, at, version };
    changed = true;
  }
  return { ok: true, scores: changed ? { ...u, reviews } : u, adjusted, changed };
}

/** The review of a criterion when it was made on the unit's latest version. */
export function currentReview(u: UnitScores | undefined, criterionId: string): ReviewItem | undefined {
  const latest = latestScores(u);
  const review = u?.reviews[criterionId];
  return latest && review && review.version === latest.version ? review : undefined;
}

/** The score that counts for a unit's criterion: the review's when current, else the claim; undefined when not scored. */
export function countedScore(u: UnitScores | undefined, criterionId: string): number | undefined {
  const review = currentReview(u, criterionId);
  if (review) return review.score;
  return latestScores(u)?.entries[criterionId]?.score;
}
