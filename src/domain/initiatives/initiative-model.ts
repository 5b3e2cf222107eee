import type { ParArea } from '../par-areas.ts';

/**
 * Where an initiative stands (Điều 3.2, 6 mục 2.9): registered, accepted for consideration, sent back
 * for more, recognised, or refused with a reason.
 */
export const INITIATIVE_STATUSES = ['submitted', 'considering', 'needs-more', 'recognised', 'refused'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** What the reviewing unit decides on an initiative. */
export const REVIEW_DECISIONS = ['accept', 'askMore', 'recognise', 'refuse'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The initiative as its author describes it. */
export interface InitiativeFields {
  title: string;
  /** Authors as written ("Nguyễn Văn A; Trần Thị B"). */
  authors: string;
  unitId: string;
  area: ParArea;
  description: string;
  expectedEffect: string;
  /** ISO date the initiative is applied from. */
  startDate: string;
}

/** One step of an initiative's life: who, when, and the note (asked for, or the reason of a refusal). */
export interface InitiativeEvent {
  at: string;
  by: string;
  kind: 'submitted' | 'resubmitted' | ReviewDecision;
  note?: string;
}

/** A registered initiative (sáng kiến, mô hình). */
export interface Initiative extends InitiativeFields {
  id: string;
  status: InitiativeStatus;
  registeredBy: string;
  registeredAt: string;
  /** ISO date of recognition; the year-end list is by this year. */
  recognisedOn?: string;
  /** The fields as each earlier submission had them (an edit after "ask for more" keeps what was there). */
  versions: InitiativeFields[];
  events: InitiativeEvent[];
}
