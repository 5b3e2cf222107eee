import { parseDate } from '../cycles/quarter.ts';
import { isParArea } from '../par-areas.ts';
import type { Initiative, InitiativeFields, InitiativeStatus, ReviewDecision } from './initiative-model.ts';

/** The registration form as typed. */
export type InitiativeInput = Record<keyof InitiativeFields, string>;

export const INITIATIVE_LIMITS: Record<keyof InitiativeFields, number> = { title: 300, authors: 500, unitId: 64, area: 64, description: 4000, expectedEffect: 2000, startDate: 40 };

/** Why a registration, a resubmission or a review is refused; the catalogue words it. */
export type InitiativeProblem =
  | { kind: 'missing'; field: keyof InitiativeFields }
  | { kind: 'tooLong'; field: keyof InitiativeFields; max: number }
  | { kind: 'notOwnUnit'; unitId: string }
  | { kind: 'badArea' }
  | { kind: 'badDate'; value: string }
  | { kind: 'noteRequired'; decision: ReviewDecision }
  | { kind: 'wrongState'; status: InitiativeStatus }
  | { kind: 'notAuthor' };

const FIELDS = Object.keys(INITIATIVE_LIMITS) as Array<keyof InitiativeFields>;

/**
 * Checks the typed form: every field required, lengths, a unit the member may register for (their own;
 * any unit for a member who heads none), a PAR area, a real date. Every problem is collected.
 */
export function readInitiativeForm(input: InitiativeInput, allowedUnits: readonly string[]): { problems: InitiativeProblem[]; fields?: InitiativeFields } {
  const value = (f: keyof InitiativeFields) => input[f].normalize('NFC').trim();
  const problems: InitiativeProblem[] = [];
  for (const f of FIELDS) {
    if (!value(f)) problems.push({ kind: 'missing', field: f });
    else if (value(f).length > INITIATIVE_LIMITS[f]) problems.push({ kind: 'tooLong', field: f, max: INITIATIVE_LIMITS[f] });
  }
  if (value('unitId') && !allowedUnits.includes(value('unitId'))) problems.push({ kind: 'notOwnUnit', unitId: value('unitId') });
  if (value('area') && !isParArea(value('area'))) problems.push({ kind: 'badArea' });
  const startDate = value('startDate') ? parseDate(value('startDate')) : undefined;
  if (value('startDate') && !startDate) problems.push({ kind: 'badDate', value: value('startDate') });
  if (problems.length) return { problems };
  const fields: InitiativeFields = { title: value('title'), authors: value('authors'), unitId: value('unitId'), area: value('area') as InitiativeFields['area'], description: value('description'), expectedEffect: value('expectedEffect'), startDate: startDate! };
  return { problems, fields };
}

/** A new initiative, registered by `by`. */
export function registerInitiative(id: string, fields: InitiativeFields, stamp: { at: string; by: string }): Initiative {
  return { id, ...fields, status: 'submitted', registeredBy: stamp.by, registeredAt: stamp.at, versions: [], events: [{ ...stamp, kind: 'submitted' }] };
}

/** The author's edit after "ask for more": the previous fields are kept as a version, and it is under review again. */
export function resubmitInitiative(current: Initiative, fields: InitiativeFields, stamp: { at: string; by: string }): { ok: true; initiative: Initiative } | { ok: false; problem: InitiativeProblem } {
  if (current.registeredBy !== stamp.by) return { ok: false, problem: { kind: 'notAuthor' } };
  if (current.status !== 'needs-more') return { ok: false, problem: { kind: 'wrongState', status: current.status } };
  const { id: _id, status: _s, registeredBy: _r, registeredAt: _a, recognisedOn: _o, versions, events, ...before } = current;
  return { ok: true, initiative: { ...current, ...fields, status: 'submitted', versions: [...versions, before], events: [...events, { ...stamp, kind: 'resubmitted' }] } };
}

const FROM: Record<ReviewDecision, readonly InitiativeStatus[]> = {
  accept: ['submitted'],
  askMore: ['submitted', 'considering'],
  recognise: ['submitted', 'considering'],
  refuse: ['submitted', 'considering', 'needs-more'],
};
const TO: Record<ReviewDecision, InitiativeStatus> = { accept: 'considering', askMore: 'needs-more', recognise: 'recognised', refuse: 'refused' };

/** The decisions open on an initiative in its state (the review card's buttons). */
export function openDecisions(status: InitiativeStatus): ReviewDecision[] {
  return (Object.keys(FROM) as ReviewDecision[]).filter((d) => FROM[d].includes(status));
}

/** The reviewing unit's decision: asking for more and refusing need a note; recognition dates it (the year-end list's year). */
export function reviewInitiative(current: Initiative, decision: ReviewDecision, note: string, stamp: { at: string; by: string; today: string }): { ok: true; initiative: Initiative } | { ok: false; problem: InitiativeProblem } {
  if (!FROM[decision].includes(current.status)) return { ok: false, problem: { kind: 'wrongState', status: current.status } };
  const text = note.normalize('NFC').trim();
  if (!text && (decision === 'askMore' || decision === 'refuse')) return { ok: false, problem: { kind: 'noteRequired', decision } };
  const next: Initiative = { ...current, status: TO[decision], events: [...current.events, { at: stamp.at, by: stamp.by, kind: decision, ...(text ? { note: text } : {}) }] };
  if (decision === 'recognise') next.recognisedOn = stamp.today;
  return { ok: true, initiative: next };
}

/** Initiatives recognised in a year, grouped by unit in roster order, each group by recognition date. */
export function recognisedByUnit(initiatives: readonly Initiative[], year: number, unitOrder: readonly string[]): Array<{ unitId: string; initiatives: Initiative[] }> {
  const recognised = initiatives.filter((i) => i.status === 'recognised' && i.recognisedOn?.startsWith(`${year}-`));
  const rank = (u: string) => (unitOrder.includes(u) ? unitOrder.indexOf(u) : unitOrder.length);
  const units = [...new Set(recognised.map((i) => i.unitId))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return units.map((unitId) => ({ unitId, initiatives: recognised.filter((i) => i.unitId === unitId).sort((a, b) => a.recognisedOn!.localeCompare(b.recognisedOn!) || a.title.localeCompare(b.title)) }));
}
