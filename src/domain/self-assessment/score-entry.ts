import { isMultipleOf } from '../par-criteria/criteria-schema.ts';
import type { ScoredItem } from './scored-items.ts';

/** Longest explanation of one criterion: a card of a dozen criteria stays under the Teams limit. */
export const MAX_EXPLANATION_CHARS = 2_000;
/** Evidence links per criterion. */
export const MAX_EVIDENCE_LINKS = 10;
const MAX_LINK_CHARS = 2_000;

/** What a unit states for one criterion. */
export interface ScoreEntry {
  score: number;
  explanation: string;
  evidence: string[];
}

/** What a unit typed for one criterion, as the card sent it. */
export interface TypedEntry {
  score: string;
  explanation: string;
  evidence: string;
}

export type EntryProblemKind =
  | 'score-missing'
  | 'score-not-number'
  | 'score-negative'
  | 'score-above-max'
  | 'score-off-step'
  | 'explanation-missing'
  | 'explanation-too-long'
  | 'evidence-missing'
  | 'evidence-not-https'
  | 'evidence-too-many';

/** One reason a criterion's entry is refused; `detail` is the offending link for evidence-not-https. */
export interface EntryProblem {
  criterionId: string;
  kind: EntryProblemKind;
  detail?: string;
}

/** A score as typed: "1", "0,75" or "0.75"; undefined when it is not a plain number. */
export function parseScore(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  if (!/^[0-9]+(\.[0-9]+)?$/.test(t)) return undefined;
  return Number(t);
}

/** Evidence links as typed: one per line, or separated by spaces, commas or semicolons. */
export function splitLinks(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((l) => l.trim())
    .filter(Boolean);
}

function isHttpsLink(link: string): boolean {
  if (link.length > MAX_LINK_CHARS) return false;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    // Not a URL at all: refused like any other non-https text (the caller lists it).
    return false;
  }
}

/** Checks one typed entry against its criterion: 0..max in the step, an explanation, https evidence where required. */
export function checkEntry(item: ScoredItem, typed: TypedEntry): { entry?: ScoreEntry; problems: EntryProblem[] } {
  const problems: EntryProblem[] = [];
  const add = (kind: EntryProblemKind, detail?: string) => problems.push({ criterionId: item.id, kind, ...(detail ? { detail } : {}) });
  const raw = typed.score.trim();
  let score: number | undefined;
  if (raw === '') add('score-missing');
  else if (raw.startsWith('-')) add('score-negative');
  else {
    score = parseScore(raw);
    if (score === undefined) add('score-not-number');
    else if (score > item.maxPoints + 1e-9) add('score-above-max');
    else if (!isMultipleOf(score, item.step)) add('score-off-step');
  }
  const explanation = typed.explanation.trim();
  if (explanation === '') add('explanation-missing');
  else if (explanation.length > MAX_EXPLANATION_CHARS) add('explanation-too-long');
  const links = splitLinks(typed.evidence);
  const bad = links.filter((l) => !isHttpsLink(l));
  for (const link of bad) add('evidence-not-https', link.slice(0, 200));
  if (links.length > MAX_EVIDENCE_LINKS) add('evidence-too-many');
  if (item.evidenceRequired && links.length === 0) add('evidence-missing');
  if (problems.length > 0 || score === undefined) return { problems };
  return { entry: { score, explanation, evidence: links }, problems };
}

/** Checks every item of a unit's card; the entries only when nothing is wrong. */
export function checkEntries(items: readonly ScoredItem[], typed: (id: string) => TypedEntry): { entries?: Record<string, ScoreEntry>; problems: EntryProblem[] } {
  const entries: Record<string, ScoreEntry> = {};
  const problems: EntryProblem[] = [];
  for (const item of items) {
    const result = checkEntry(item, typed(item.id));
    problems.push(...result.problems);
    if (result.entry) entries[item.id] = result.entry;
  }
  return problems.length > 0 ? { problems } : { entries, problems };
}
