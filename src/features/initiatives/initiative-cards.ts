import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import { formatDate, formatInstant } from '../../domain/calendar/index.ts';
import type { Roster } from '../../domain/committee/committee.ts';
import type { Initiative, InitiativeStatus, ReviewDecision } from '../../domain/initiatives/initiative-model.ts';
import type { InitiativeInput } from '../../domain/initiatives/initiative-rules.ts';
import { PAR_AREAS, PAR_AREA_TITLES } from '../../domain/par-areas.ts';
import { INITIATIVE } from '../../i18n/initiative-strings.ts';
import type { Locale } from '../../i18n/locale.ts';

/** Initiatives on one list card: a city-wide year is opened one by one rather than sent as one 80 KB card. */
export const INITIATIVES_PER_CARD = 30;

const COLORS: Record<InitiativeStatus, string> = { submitted: 'Accent', considering: 'Accent', 'needs-more': 'Warning', recognised: 'Good', refused: 'Attention' };

function facts(i: Initiative, roster: Roster, locale: Locale) {
  const f = INITIATIVE[locale].fields;
  return [
    { label: f.unitId, value: roster.unit(i.unitId)?.name ?? i.unitId },
    { label: f.authors, value: i.authors },
    { label: f.area, value: PAR_AREA_TITLES[i.area][locale] },
    { label: f.startDate, value: formatDate(i.startDate) },
  ];
}

/** The list (`sáng kiến`): each initiative with unit, authors, area, status; exports for those who see all. */
export function initiativesCard(view: { year: number; items: readonly Initiative[]; all: boolean; notice?: string }, roster: Roster, locale: Locale): AdaptiveCardJson {
  const s = INITIATIVE[locale];
  // Newest first, so what waits for a decision is on the card.
  const shown = [...view.items].reverse().slice(0, INITIATIVES_PER_CARD);
  return renderCard('initiatives', {
    title: s.listTitle(view.year),
    scope: view.all ? s.scopeAll : s.scopeOwn,
    notice: view.notice ?? '',
    openLabel: s.open,
    items: shown.map((i) => ({ id: i.id, heading: i.title, facts: facts(i, roster, locale), status: s.statuses[i.status], color: COLORS[i.status] })),
    empty: view.items.length ? '' : s.empty,
    more: view.items.length > shown.length ? s.shownOf(shown.length, view.items.length) : '',
    registerLabel: s.register,
    year: String(view.year),
    exportCsv: view.all ? s.exportCsv : '',
    exportXlsx: view.all ? s.exportXlsx : '',
  });
}

/** The registration form (or the author's resubmission after "ask for more"), with the typed values and refusals. */
export function initiativeFormCard(view: { initiative?: Initiative; values?: Partial<InitiativeInput>; errors?: string[]; units: ReadonlyArray<{ id: string; name: string }> }, locale: Locale): AdaptiveCardJson {
  const s = INITIATIVE[locale];
  const i = view.initiative;
  const stored: Partial<InitiativeInput> = i ? { title: i.title, authors: i.authors, unitId: i.unitId, area: i.area, description: i.description, expectedEffect: i.expectedEffect, startDate: formatDate(i.startDate) } : {};
  return renderCard('initiative-form', {
    title: i ? s.resubmitTitle(i.title) : s.formTitle,
    hint: s.formHint,
    errorsIntro: s.errorsIntro,
    errors: view.errors ?? [],
    labels: s.fields,
    hints: s.hints,
    values: { title: '', authors: '', unitId: view.units.length === 1 ? view.units[0]!.id : '', area: '', description: '', expectedEffect: '', startDate: '', ...stored, ...view.values },
    units: view.units.map((u) => ({ title: u.name, value: u.id })),
    areas: PAR_AREAS.map((a) => ({ title: PAR_AREA_TITLES[a][locale], value: a })),
    initiativeId: i?.id ?? '',
    submitLabel: i ? s.resubmit : s.submit,
  });
}

/** One initiative in full with its history; the reviewer gets the note and the open decisions, the author "complete" when asked. */
export function initiativeCard(i: Initiative, roster: Roster, locale: Locale, options: { decisions?: readonly ReviewDecision[]; supplement?: boolean; notice?: string; errors?: string[]; note?: string } = {}): AdaptiveCardJson {
  const s = INITIATIVE[locale];
  const who = (id: string) => roster.member(id)?.name ?? id;
  return renderCard('initiative-card', {
    id: i.id,
    notice: options.notice ?? '',
    title: i.title,
    facts: [...facts(i, roster, locale), { label: s.fields.description, value: i.description }, { label: s.fields.expectedEffect, value: i.expectedEffect }],
    status: s.statuses[i.status],
    color: COLORS[i.status],
    history: i.events.map((e) => s.eventLine(formatInstant(e.at), who(e.by), s.events[e.kind], e.note ?? '')),
    errors: options.errors ?? [],
    noteLabel: s.noteLabel,
    note: options.note ?? '',
    decisions: (options.decisions ?? []).map((d) => ({ title: s.decisions[d], decision: d })),
    supplement: options.supplement ? s.supplement : '',
  });
}
