import { renderCard } from '../../cards/render-card.ts';
import { compileReport } from '../../domain/cycles/compile-report.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import { parseQuarter, quarterId } from '../../domain/cycles/quarter.ts';
import type { CompiledReport } from '../../domain/report/compiled-report.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { currentCycle } from './current-cycle.ts';
import { cyclePlan } from './form-plan.ts';
import { indicatorList } from './indicator-list.ts';
import { formatDate, formatInstant } from '../../domain/calendar/index.ts';
import { publish } from '../app-events.ts';

/** The preview the standing member sees before sending: counts, missing units, contributions per area. */
export function previewCard(cycle: Cycle, report: CompiledReport, locale: Locale, status = '') {
  const s = CYCLE[locale].preview;
  return renderCard('report-preview', {
    title: s.title(cycle.label),
    facts: [
      { label: s.submitted, value: `${report.summary.submittedCount}/${report.summary.targetCount}` },
      { label: s.late, value: String(report.summary.lateCount) },
      { label: s.missing, value: report.summary.missingUnits.join('; ') || s.nothing },
      { label: CYCLE[locale].status.deadline, value: formatDate(cycle.unitDeadline) },
    ],
    areasTitle: s.areas,
    areas: report.areas.map((a) => ({ title: a.title, count: String(a.entries.length) })),
    status,
    sendable: cycle.state !== 'sent',
    sendLabel: s.send,
    laterLabel: s.later,
    cycleId: cycle.id,
  });
}

/** Compiles a cycle from the latest submissions and stores the result; the cycle becomes "compiled". */
export async function compileCycle(app: AppServices, cycle: Cycle): Promise<{ cycle: Cycle; report: CompiledReport }> {
  const submissions = await app.cycles.submissions(cycle.id);
  const report = compileReport(cycle, app.roster, submissions, app.clock(), { plan: (await cyclePlan(app, cycle))?.plan, indicators: indicatorList(app) });
  await app.cycles.saveCompiled(report);
  const updated = await app.cycles.update(cycle.id, (c) => (c.state === 'sent' ? undefined : { ...c, state: 'compiled', compiledAt: report.compiledAt }));
  publish(app, { type: 'cycle.compiled', cycleId: cycle.id });
  return { cycle: updated ?? cycle, report };
}

/** `tổng hợp [IV/2026]`: compile and show the preview with "Gửi Trưởng Ban" / "Gửi lại sau". */
export async function compileCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  await requirePermission(turn.caller, 'compile', app);
  const s = CYCLE[turn.caller.locale];
  const named = turn.args.trim() ? parseQuarter(turn.args) : undefined;
  if (turn.args.trim() && !named) throw new ValidationError('quarter', s.badQuarter(turn.args));
  const cycle = named ? await app.cycles.get(quarterId(named)) : await currentCycle(app);
  if (!cycle) return [{ type: 'text', text: s.noCycle }];
  if (cycle.state === 'sent') {
    const report = await app.cycles.getCompiled(cycle.id);
    const status = s.alreadySent(formatInstant(cycle.sentAt ?? ''));
    return report ? [{ type: 'card', card: previewCard(cycle, report, turn.caller.locale, status) }] : [{ type: 'text', text: status }];
  }
  const { cycle: compiled, report } = await compileCycle(app, cycle);
  return [{ type: 'card', card: previewCard(compiled, report, turn.caller.locale) }];
}
