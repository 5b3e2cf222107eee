import { openDecisions, readInitiativeForm, registerInitiative, resubmitInitiative, type InitiativeInput, type InitiativeProblem } from '../../domain/initiatives/initiative-rules.ts';
import type { Initiative } from '../../domain/initiatives/initiative-model.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { INITIATIVE } from '../../i18n/initiative-strings.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import { sendToAll } from '../jobs/job-context.ts';
import { unitRecipient } from '../meetings/meeting-repo.ts';
import type { ActionTurn } from '../turn.ts';
import type { InitiativeFormData } from './card-payloads.ts';
import { registrableUnits } from './initiative-access.ts';
import { initiativeCard, initiativeFormCard } from './initiative-cards.ts';
import { initiativeIdOf, initiativesRepo, reviewingUnit } from './initiative-repo.ts';

function formInput(d: InitiativeFormData): InitiativeInput {
  return { title: d.title, authors: d.authors, unitId: d.unitId, area: d.area, description: d.description, expectedEffect: d.expectedEffect, startDate: d.startDate };
}

/** The author's own initiative a card names (for completing it), refused otherwise. */
async function ownInitiative(app: AppServices, id: string, memberId: string, locale: 'vi' | 'en'): Promise<Initiative> {
  const found = id ? await initiativesRepo(app).get(id) : undefined;
  if (!found) throw new ValidationError('initiativeId', INITIATIVE[locale].notFound);
  if (found.registeredBy !== memberId) throw new ValidationError('initiativeId', INITIATIVE[locale].problem({ kind: 'notAuthor' }));
  return found;
}

/** `initiative.form`: the empty registration form, or the author's initiative to complete after "ask for more". */
export async function initiativeFormAction(turn: ActionTurn<InitiativeFormData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'initiative.register', app);
  const locale = turn.caller.locale;
  const units = registrableUnits(app, member.id);
  if (!turn.data.initiativeId) return { card: initiativeFormCard({ units }, locale) };
  const initiative = await ownInitiative(app, turn.data.initiativeId, member.id, locale);
  if (initiative.status !== 'needs-more') throw new ValidationError('initiativeId', INITIATIVE[locale].problem({ kind: 'wrongState', status: initiative.status }));
  return { card: initiativeFormCard({ initiative, units }, locale) };
}

/** Tells the reviewing unit's acting head of a new or completed initiative, with the review card. */
async function tellReviewer(app: AppServices, initiative: Initiative, again: boolean): Promise<void> {
  const unit = reviewingUnit(app);
  const reviewer = unit ? await unitRecipient(app, unit.id) : undefined;
  if (!unit || !reviewer) {
    app.logger.warn({ initiativeId: initiative.id }, 'no unit reviews initiatives: nobody told');
    return;
  }
  const problem = await sendToAll(app, [reviewer], (locale) => {
    const notice = again ? INITIATIVE[locale].toReviewerAgain(unit.name) : INITIATIVE[locale].toReviewer(unit.name);
    return { type: 'card', card: initiativeCard(initiative, app.roster, locale, { notice, decisions: openDecisions(initiative.status) }) };
  });
  if (problem) app.logger.warn({ initiativeId: initiative.id, problem }, 'initiative reviewer not reached');
}

/**
 * `initiative.submit`: registers the initiative typed (once, however often the button is pressed), or
 * resubmits the author's completed one; a refusal keeps the typed values and stores nothing.
 */
export async function submitInitiativeAction(turn: ActionTurn<InitiativeFormData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'initiative.register', app);
  const locale = turn.caller.locale;
  const s = INITIATIVE[locale];
  const units = registrableUnits(app, member.id);
  const resubmitting = turn.data.initiativeId ? await ownInitiative(app, turn.data.initiativeId, member.id, locale) : undefined;
  const refuse = (problems: InitiativeProblem[]): ActionResult => ({ card: initiativeFormCard({ initiative: resubmitting, values: formInput(turn.data), errors: problems.map((p) => s.problem(p)), units }, locale) });
  const { problems, fields } = readInitiativeForm(formInput(turn.data), units.map((u) => u.id));
  if (!fields) return refuse(problems);
  const stamp = { at: app.clock().toISOString(), by: member.id };
  if (resubmitting) {
    let problem: InitiativeProblem | undefined;
    const saved = await initiativesRepo(app).update(resubmitting.id, (current) => {
      const out = current ? resubmitInitiative(current, fields, stamp) : undefined;
      if (out && !out.ok) problem = out.problem;
      return out?.ok ? out.initiative : undefined;
    });
    if (problem || !saved) return refuse([problem ?? { kind: 'wrongState', status: resubmitting.status }]);
    await tellReviewer(app, saved, true);
    return { card: initiativeCard(saved, app.roster, locale, { notice: s.resubmitted }) };
  }
  const id = initiativeIdOf(member.id, fields.unitId, fields.title);
  let created = false;
  const saved = await initiativesRepo(app).update(id, (current) => {
    if (current) return undefined;
    created = true;
    return registerInitiative(id, fields, stamp);
  });
  const initiative = saved ?? (await initiativesRepo(app).get(id))!;
  if (created) await tellReviewer(app, initiative, false);
  return { card: initiativeCard(initiative, app.roster, locale, { notice: s.registered }) };
}
