import { adjustDeadline, formatDate, localDate } from '../../domain/calendar/index.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import { cycleState } from '../../domain/cycles/cycle.ts';
import { dataWindow, parseDate, parseQuarter, quarterDeadlines, quarterId, quarterLabel, quarterOf, quarterSubject, type Quarter } from '../../domain/cycles/quarter.ts';
import { foldText } from '../../domain/commands/normalize-text.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { startCycle } from './start-cycle.ts';

interface OpenArgs {
  quarter?: Quarter;
  deadline?: string;
}

/** Reads "IV/2026 hạn 10/12/2026" (either part optional; "due" in English). */
export function parseOpenArgs(args: string, locale: 'vi' | 'en'): OpenArgs {
  const s = CYCLE[locale];
  const folded = foldText(args);
  const result: OpenArgs = {};
  const deadlineMatch = /\b(?:han|due|deadline)\s+(\S+)/.exec(folded);
  if (deadlineMatch) {
    const date = parseDate(deadlineMatch[1]!);
    if (!date) throw new ValidationError('deadline', s.badDeadline(deadlineMatch[1]!));
    result.deadline = date;
  }
  const periodText = folded.replace(/\b(?:han|due|deadline)\s+\S+/, '').trim();
  if (periodText) {
    const quarter = parseQuarter(periodText);
    if (!quarter) throw new ValidationError('quarter', s.badQuarter(args));
    result.quarter = quarter;
  }
  return result;
}

/** The quarterly cycle with the configured deadlines (or a typed unit deadline); used by the command and the scheduler. */
export function quarterCycle(app: AppServices, quarter: Quarter, openedBy: string, now: Date, unitDeadlineOverride?: string): Cycle {
  const deadlines = quarterDeadlines(quarter, app.calendar, app.config.quarterly);
  const window = dataWindow(quarter);
  const unitDeadline = unitDeadlineOverride ?? deadlines.unitDeadline;
  return {
    id: quarterId(quarter),
    kind: 'quarterly',
    label: quarterLabel(quarter, 'vi'),
    subject: quarterSubject(quarter),
    dataFrom: window.from,
    dataTo: window.to,
    unitDeadline,
    compileDeadline: deadlines.compileDeadline < unitDeadline ? unitDeadline : deadlines.compileDeadline,
    targetUnits: app.roster.committee.units.map((u) => u.id),
    state: 'open',
    openedBy,
    openedAt: now.toISOString(),
  };
}

/** `mở báo cáo quý [IV/2026] [hạn 10/12/2026]`: opens the quarter once and sends the form to every unit. */
export async function openQuarterCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = await requirePermission(turn.caller, 'cycle.open', app);
  const s = CYCLE[turn.caller.locale];
  const now = app.clock();
  const { quarter = quarterOf(now), deadline } = parseOpenArgs(turn.args, turn.caller.locale);
  const id = quarterId(quarter);
  const existing = await app.cycles.get(id);
  if (existing) return [{ type: 'text', text: s.alreadyOpen(existing.label, s.cycleStates[cycleState(existing, now)], formatDate(existing.unitDeadline)) }];
  // A typed deadline on a day off moves like the default ones (Civil Code art. 148(5)).
  const explicit = deadline ? adjustDeadline(app.calendar, deadline, app.config.quarterly.deadlinePolicy) : undefined;
  if (explicit && explicit < localDate(now)) throw new ValidationError('deadline', s.deadlineInPast(formatDate(deadline!)));
  const cycle = quarterCycle(app, quarter, member.id, now, explicit);
  return startCycle(app, cycle, turn.caller.locale);
}
