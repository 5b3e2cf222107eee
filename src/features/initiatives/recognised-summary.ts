import { formatDate, localDate } from '../../domain/calendar/index.ts';
import { recognisedByUnit } from '../../domain/initiatives/initiative-rules.ts';
import { INITIATIVE } from '../../i18n/initiative-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AppServices } from '../app-services.ts';
import type { StatsSection } from '../history/stats-card.ts';
import { listInitiatives } from './initiative-repo.ts';

/** The annual statistics' part on initiatives (`thống kê`): this year's recognised initiatives by unit, in roster order. */
export async function recognisedSection(app: AppServices, locale: Locale): Promise<StatsSection> {
  const s = INITIATIVE[locale];
  const year = Number(localDate(app.clock()).slice(0, 4));
  const groups = recognisedByUnit(await listInitiatives(app), year, app.roster.committee.units.map((u) => u.id));
  const total = groups.reduce((n, g) => n + g.initiatives.length, 0);
  return {
    title: s.recognisedTitle(year),
    summary: total ? s.recognisedSummary(total, groups.length) : s.recognisedNone(year),
    units: groups.map((g) => ({ unit: app.roster.unit(g.unitId)?.name ?? g.unitId, lines: g.initiatives.map((i) => s.recognisedLine(i.title, i.authors, formatDate(i.recognisedOn!))) })),
  };
}
