import { localDate } from '../../domain/calendar/index.ts';
import { formatDate } from '../../domain/calendar/index.ts';
import { parseTypedNumber } from '../../domain/synthesis/document-number.ts';
import { approve, returnForEdit, type Synthesis, type Transition } from '../../domain/synthesis/synthesis.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { SYNTHESIS as S } from '../../i18n/synthesis-strings.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import { localeOf } from '../member-locale.ts';
import { decisionMaker } from '../members/decision-maker.ts';
import type { ActionTurn } from '../turn.ts';
import { approvalCard, draftCard } from './synthesis-cards.ts';
import { compiledCycle } from './synthesis-document.ts';
import { SynthesisRepo } from './synthesis-repo.ts';
import { sendToCity } from './send-to-city.ts';

type DecisionData = { cycleId: string; number: string; comments: string };

/** The approver and what the card names; only the decision maker (the chief, or the deputy chief while delegated) passes. */
async function decisionTarget(turn: ActionTurn<DecisionData>, app: AppServices) {
  const member = await requirePermission(turn.caller, 'synthesis.approve', app);
  const s = S[turn.caller.locale];
  const decider = await decisionMaker(app);
  if (!decider.memberIds.includes(member.id) && !member.roles.includes('chief')) throw new ValidationError('approver', s.notDecisionMaker);
  const found = await compiledCycle(app, turn.data.cycleId);
  if (!found) throw new ValidationError('cycleId', s.noCompiled);
  const repo = new SynthesisRepo(app.store);
  const synthesis = await repo.get(found.cycle.id);
  if (!synthesis) throw new ValidationError('cycleId', s.noSynthesis);
  return { member, decider, ...found, repo, synthesis, onBehalfOfChief: !member.roles.includes('chief') };
}

/** `Trả lại kèm ý kiến`: back to whoever submitted it, with the comments; a refusal keeps what was typed. */
export async function returnSynthesisAction(turn: ActionTurn<DecisionData>, app: AppServices): Promise<ActionResult> {
  const locale = turn.caller.locale;
  const s = S[locale];
  const { member, cycle, report, repo, synthesis, onBehalfOfChief } = await decisionTarget(turn, app);
  let outcome: Transition | undefined;
  const stored = await repo.update(cycle.id, (current) => {
    outcome = returnForEdit(current ?? synthesis, member.id, app.clock().toISOString(), turn.data.comments);
    return outcome.ok ? outcome.synthesis : undefined;
  });
  if (!outcome?.ok || !stored) {
    const reason = outcome?.ok === false ? outcome.reason : 'not-submitted';
    return { card: approvalCard(cycle, report, (await repo.get(cycle.id)) ?? synthesis, app.roster, locale, { onBehalfOfChief, errors: [s.refusals[reason]], number: turn.data.number, comments: turn.data.comments }) };
  }
  const submitter = stored.requests.at(-1)!.by;
  const theirLocale = await localeOf(app, submitter);
  await app.messenger.send(submitter, { type: 'text', text: S[theirLocale].returnedNotice(member.name, cycle.label) });
  const sent = await app.messenger.send(submitter, { type: 'card', card: draftCard(cycle, report, stored, app.roster, theirLocale) });
  if (!sent.ok) app.logger.warn({ cycleId: cycle.id, memberId: submitter, reason: sent.reason }, 'returned draft not delivered');
  return { card: approvalCard(cycle, report, stored, app.roster, locale, { onBehalfOfChief, status: s.returned(app.roster.member(submitter)?.name ?? submitter) }) };
}

/**
 * `Duyệt`: numbers and dates the document (the typed register number, or the year's counter), then
 * mails it to the City committee once. A second click, or one after a restart, sends nothing new.
 */
export async function approveSynthesisAction(turn: ActionTurn<DecisionData>, app: AppServices): Promise<ActionResult> {
  const locale = turn.caller.locale;
  const s = S[locale];
  const { member, cycle, report, repo, synthesis, onBehalfOfChief } = await decisionTarget(turn, app);
  const typed = turn.data.number.trim();
  const number = typed ? parseTypedNumber(typed) : undefined;
  if (typed && !number) return { card: approvalCard(cycle, report, synthesis, app.roster, locale, { onBehalfOfChief, errors: [s.badNumber(typed)], number: typed, comments: turn.data.comments }) };
  const now = app.clock();
  const issuedOn = localDate(now);
  let outcome: Transition | undefined;
  const decide = (current: Synthesis | undefined, n: string) => {
    outcome = approve(current ?? synthesis, { at: now.toISOString(), by: member.id, number: n, issuedOn, numberSource: number ? 'typed' : 'counter', onBehalfOfChief });
    return outcome.ok && outcome.changed ? outcome.synthesis : undefined;
  };
  const stored = number ? await repo.update(cycle.id, (current) => decide(current, number)) : await repo.approveWithCounter(cycle.id, Number(issuedOn.slice(0, 4)), app.config.reportNumberStart, decide);
  if (outcome?.ok === false) {
    return { card: approvalCard(cycle, report, (await repo.get(cycle.id)) ?? synthesis, app.roster, locale, { onBehalfOfChief, errors: [s.refusals[outcome.reason]] }) };
  }
  const approved = stored ?? (await repo.get(cycle.id))!;
  if (stored) app.logger.info({ cycleId: cycle.id, number: approved.approval?.number }, 'synthesis approved');
  const delivery = await sendToCity(app, cycle, report, approved, locale);
  const status = [s.approved(approved.approval!.number, formatDate(approved.approval!.issuedOn)), delivery].join(' ');
  return { card: approvalCard(cycle, report, (await repo.get(cycle.id)) ?? approved, app.roster, locale, { onBehalfOfChief, status }) };
}
