import { localDate } from '../../domain/calendar/index.ts';
import { can } from '../../domain/committee/permissions.ts';
import { REVIEW_DECISIONS, type Initiative, type ReviewDecision } from '../../domain/initiatives/initiative-model.ts';
import { openDecisions, reviewInitiative, type InitiativeProblem } from '../../domain/initiatives/initiative-rules.ts';
import { ForbiddenError, ValidationError } from '../../errors/app-errors.ts';
import { INITIATIVE } from '../../i18n/initiative-strings.ts';
import { permissionContext } from '../absences.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember, requirePermission } from '../guards.ts';
import { sendToAll } from '../jobs/job-context.ts';
import type { ActionTurn } from '../turn.ts';
import type { InitiativeRefData } from './card-payloads.ts';
import { maySee } from './initiative-access.ts';
import { initiativeCard } from './initiative-cards.ts';
import { initiativesRepo, reviewingUnit } from './initiative-repo.ts';

async function named(app: AppServices, id: string, locale: 'vi' | 'en'): Promise<Initiative> {
  const found = id ? await initiativesRepo(app).get(id) : undefined;
  if (!found) throw new ValidationError('initiativeId', INITIATIVE[locale].notFound);
  return found;
}

/** `initiative.open` (Xem): the initiative in full; the reviewing unit gets its decisions, the author "complete" when asked. */
export async function openInitiativeAction(turn: ActionTurn<InitiativeRefData>, app: AppServices): Promise<ActionResult> {
  const member = requireMember(turn.caller);
  const locale = turn.caller.locale;
  const initiative = await named(app, turn.data.initiativeId, locale);
  const ctx = await permissionContext(app);
  if (!maySee(app, member, ctx, initiative)) throw new ForbiddenError('initiative.viewAll');
  const decisions = can(member, 'initiative.review', ctx) ? openDecisions(initiative.status) : [];
  const supplement = initiative.registeredBy === member.id && initiative.status === 'needs-more';
  return { card: initiativeCard(initiative, app.roster, locale, { decisions, supplement }) };
}

/**
 * `initiative.review`: the reviewing unit accepts for consideration, asks for more, recognises or
 * refuses (a note required to ask for more and to refuse); the author is told each time.
 */
export async function reviewInitiativeAction(turn: ActionTurn<InitiativeRefData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'initiative.review', app);
  const locale = turn.caller.locale;
  const s = INITIATIVE[locale];
  const before = await named(app, turn.data.initiativeId, locale);
  const decision = (REVIEW_DECISIONS as readonly string[]).includes(turn.data.decision) ? (turn.data.decision as ReviewDecision) : undefined;
  if (!decision) throw new ValidationError('decision', s.notFound);
  const now = app.clock();
  let problem: InitiativeProblem | undefined;
  const saved = await initiativesRepo(app).update(before.id, (current) => {
    const out = current ? reviewInitiative(current, decision, turn.data.note, { at: now.toISOString(), by: member.id, today: localDate(now) }) : undefined;
    if (out && !out.ok) problem = out.problem;
    return out?.ok ? out.initiative : undefined;
  });
  if (problem || !saved) {
    const current = (await initiativesRepo(app).get(before.id)) ?? before;
    return { card: initiativeCard(current, app.roster, locale, { decisions: openDecisions(current.status), errors: [s.problem(problem ?? { kind: 'wrongState', status: current.status })], note: turn.data.note }) };
  }
  const unitName = reviewingUnit(app)?.name ?? app.roster.unit(saved.unitId)?.name ?? '';
  const note = saved.events.at(-1)?.note ?? '';
  const unreached = await sendToAll(app, [saved.registeredBy], (l) => ({
    type: 'card',
    card: initiativeCard(saved, app.roster, l, { notice: INITIATIVE[l].toAuthor[decision](unitName, note), supplement: saved.status === 'needs-more' }),
  }));
  if (unreached) app.logger.warn({ initiativeId: saved.id, unreached }, 'initiative author not reached');
  return { card: initiativeCard(saved, app.roster, locale, { notice: s.decided(s.decisions[decision]), decisions: openDecisions(saved.status) }) };
}
