import { ABSENCE } from './absence-strings.ts';
import { CHANNEL } from './channel-strings.ts';
import { COMMON } from './common-strings.ts';
import { DELEGATION } from './delegation-strings.ts';
import { DOCUMENTS } from './document-strings.ts';
import { LANGUAGE } from './language-strings.ts';
import { CYCLE } from './cycle-strings.ts';
import { HISTORY } from './history-strings.ts';
import { INITIATIVE } from './initiative-strings.ts';
import { INSPECTION } from './inspection-strings.ts';
import type { Locale } from './locale.ts';
import { MEETING } from './meeting-strings.ts';
import { PLAN } from './plan-strings.ts';
import { PLAN_EDIT } from './plan-edit-strings.ts';
import { PLAN_REMINDER } from './plan-reminder-strings.ts';
import { POLL } from './poll-strings.ts';
import { REMINDER } from './reminder-strings.ts';
import { SELF_ASSESSMENT } from './self-assessment-strings.ts';
import { SYNTHESIS } from './synthesis-strings.ts';
import { TAB } from './tab-strings.ts';

/**
 * The message catalogue: every text a person reads, by namespace, each namespace a
 * `Catalogue<T>` typed so that tsc checks both languages carry every message with the same
 * arguments. Features import their namespace directly (smaller imports); this index is for the
 * checks that look at all of it at once (the catalogue test) and for tools.
 */
export const CATALOGUE = {
  common: COMMON,
  cycle: CYCLE,
  reminder: REMINDER,
  meeting: MEETING,
  history: HISTORY,
  absence: ABSENCE,
  plan: PLAN,
  planEdit: PLAN_EDIT,
  planReminder: PLAN_REMINDER,
  delegation: DELEGATION,
  poll: POLL,
  documents: DOCUMENTS,
  synthesis: SYNTHESIS,
  selfAssessment: SELF_ASSESSMENT,
  language: LANGUAGE,
  tab: TAB,
  initiative: INITIATIVE,
  inspection: INSPECTION,
  channel: CHANNEL,
} as const;

export type Namespace = keyof typeof CATALOGUE;

/** Every namespace's messages in one language. */
export function messages(locale: Locale): { [N in Namespace]: (typeof CATALOGUE)[N]['vi'] } {
  return Object.fromEntries(Object.entries(CATALOGUE).map(([ns, cat]) => [ns, cat[locale]])) as { [N in Namespace]: (typeof CATALOGUE)[N]['vi'] };
}
