import { formatDate, localDate } from '../../domain/calendar/index.ts';
import { checkDelegationPeriod, pendingDelegations, type Delegation, type DelegationProblem } from '../../domain/delegation/delegation.ts';
import { parsePeriod } from '../../domain/delegation/parse-period.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { DELEGATION } from '../../i18n/delegation-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember } from '../guards.ts';
import { localeOf } from '../member-locale.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { readDelegations, updateDelegations } from './delegation-repo.ts';

function problemText(problem: DelegationProblem, locale: Locale, today: string): string {
  const s = DELEGATION[locale];
  if (problem.kind === 'end-before-start') return s.endBeforeStart;
  if (problem.kind === 'starts-in-past') return s.startsInPast(formatDate(today));
  return s.overlaps(formatDate(problem.other.from), formatDate(problem.other.to));
}

/** The deputy chiefs' names, for messages ("Phó Trưởng Ban …"). */
export function deputyChiefNames(app: AppServices): string {
  return app.roster.withRole('deputyChief').map((m) => m.name).join(', ');
}

/** Tells every deputy chief something about the delegation; a failed delivery is logged, the decision stands. */
export async function tellDeputyChiefs(app: AppServices, text: (locale: Locale) => string): Promise<void> {
  for (const deputy of app.roster.withRole('deputyChief')) {
    const outcome = await app.messenger.send(deputy.id, { type: 'text', text: text(await localeOf(app, deputy.id)) });
    if (!outcome.ok) app.logger.warn({ memberId: deputy.id, reason: outcome.reason }, 'delegation notice not delivered');
  }
}

/** `ủy quyền` alone: the delegations in force or to come. */
async function showDelegations(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const s = DELEGATION[turn.caller.locale];
  const pending = pendingDelegations(await readDelegations(app), localDate(app.clock()));
  const deputy = deputyChiefNames(app);
  const lines = pending.map((d) => s.current(deputy, formatDate(d.from), formatDate(d.to)));
  return [{ type: 'text', text: [...(lines.length ? lines : [s.none]), s.usage].join('\n\n') }];
}

/**
 * `ủy quyền <từ ngày> <đến ngày>` (Điều 5.1): the chief delegates to the deputy chief for a period.
 * Refused, with nothing stored, for a bad date, a period ending before it starts, one starting in
 * the past, or one overlapping a delegation that still counts; the check and the write are one update.
 */
export async function delegateCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const chief = requireMember(turn.caller);
  const s = DELEGATION[turn.caller.locale];
  if (!turn.args.trim()) return showDelegations(turn, app);
  const period = parsePeriod(turn.args);
  if (!period.ok) throw new ValidationError('period', period.bad ? s.badDate(period.bad) : s.usage);
  if (app.roster.withRole('deputyChief').length === 0) throw new ValidationError('deputy', s.noDeputyChief);
  const now = app.clock();
  const today = localDate(now);
  let problem: DelegationProblem | undefined;
  const delegation: Delegation = { id: `uq-${period.from}-${now.getTime()}`, from: period.from, to: period.to, grantedBy: chief.id, grantedAt: now.toISOString() };
  await updateDelegations(app, (book) => {
    problem = checkDelegationPeriod(book, period.from, period.to, today);
    return problem ? undefined : { items: [...book.items, delegation] };
  });
  if (problem) throw new ValidationError('period', problemText(problem, turn.caller.locale, today));
  const [from, to] = [formatDate(delegation.from), formatDate(delegation.to)];
  await tellDeputyChiefs(app, (locale) => DELEGATION[locale].toDeputy(chief.name, from, to));
  return [{ type: 'text', text: s.granted(deputyChiefNames(app), from, to) }];
}
