import type { Unit } from '../../domain/committee/committee.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import type { Indicator } from '../../domain/indicators/indicator-schema.ts';
import { indicatorsFor } from '../../domain/indicators/indicators.ts';
import { readIndicators } from '../../store/read-indicators.ts';
import type { AppServices } from '../app-services.ts';

/** The indicator list read at start, per running app (tests start several apps in one process). */
const loaded = new WeakMap<AppServices['config'], Indicator[]>();

/** Reads and validates INDICATORS_FILE; a bad file stops the start. */
export async function loadIndicatorsAtStart(app: AppServices): Promise<void> {
  loaded.set(app.config, await readIndicators(app.config.indicatorsFile, new Set(app.roster.committee.units.map((u) => u.id))));
}

/** The committee's indicators (key figures), in file order. */
export function indicatorList(app: Pick<AppServices, 'config'>): Indicator[] {
  return loaded.get(app.config) ?? [];
}

/** The indicators a unit's form asks in a cycle: those that apply to it, on quarterly forms only. */
export function indicatorsOfUnit(app: Pick<AppServices, 'config'>, cycle: Cycle, unit: Unit): Indicator[] {
  return cycle.kind === 'quarterly' ? indicatorsFor(unit, indicatorList(app)) : [];
}
