import type { Cycle } from '../../domain/cycles/cycle.ts';
import { parseQuarter, quarterId, quarterLabel } from '../../domain/cycles/quarter.ts';
import type { CompiledReport } from '../../domain/report/compiled-report.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { HISTORY } from '../../i18n/history-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AppServices } from '../app-services.ts';

/** A cycle with its stored compiled report, or the message that explains why there is none. */
export type FoundReport = { cycle: Cycle; report: CompiledReport } | { message: string };

/** The newest cycle that has a compiled report (any kind), by compile time. */
async function latestCompiled(app: AppServices): Promise<{ cycle: Cycle; report: CompiledReport } | undefined> {
  const compiled = (await app.cycles.list()).filter((c) => c.compiledAt).sort((a, b) => (b.compiledAt ?? '').localeCompare(a.compiledAt ?? ''));
  for (const cycle of compiled) {
    const report = await app.cycles.getCompiled(cycle.id);
    if (report) return { cycle, report };
  }
  return undefined;
}

/**
 * Resolves `báo cáo [quý III/2026]`: the named quarter, or the latest compiled cycle. Reads the stored
 * report as it was compiled (what the chief received), never recompiles it.
 */
export async function findReport(app: AppServices, args: string, locale: Locale): Promise<FoundReport> {
  const s = HISTORY[locale];
  const text = args.trim();
  if (!text) return (await latestCompiled(app)) ?? { message: s.noCompiled };
  const quarter = parseQuarter(text);
  if (!quarter) throw new ValidationError('quarter', s.badQuarter(text));
  const label = quarterLabel(quarter, locale);
  const cycle = await app.cycles.get(quarterId(quarter));
  if (!cycle) return { message: s.noSuchCycle(label) };
  const report = await app.cycles.getCompiled(cycle.id);
  return report ? { cycle, report } : { message: s.notCompiled(cycle.label) };
}

/** The cycle and report named by a card's data; ValidationError when the card is stale or forged. */
export async function reportOfCard(app: AppServices, data: Record<string, unknown>, locale: Locale): Promise<{ cycle: Cycle; report: CompiledReport }> {
  const cycle = await app.cycles.fromCard(data.cycleId);
  const report = cycle ? await app.cycles.getCompiled(cycle.id) : undefined;
  if (!cycle || !report) throw new ValidationError('cycleId', HISTORY[locale].noCompiled);
  return { cycle, report };
}
