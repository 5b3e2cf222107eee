import { parseQuarter, quarterId } from '../../domain/cycles/quarter.ts';
import { prefillSynthesis } from '../../domain/synthesis/prefill.ts';
import { readSections, sectionProblems, MAX_SECTION_CHARS } from '../../domain/synthesis/section-limits.ts';
import { newSynthesis, saveVersion, submitForSignature, type Synthesis, type SynthesisText } from '../../domain/synthesis/synthesis.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import { SYNTHESIS as S } from '../../i18n/synthesis-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { currentCycle } from '../cycles/current-cycle.ts';
import { requirePermission } from '../guards.ts';
import { localeOf } from '../member-locale.ts';
import { decisionMaker } from '../members/decision-maker.ts';
import type { Reply } from '../ports.ts';
import type { ActionTurn, CommandTurn } from '../turn.ts';
import { approvalCard, draftCard } from './synthesis-cards.ts';
import { compiledCycle } from './synthesis-document.ts';
import { SynthesisRepo } from './synthesis-repo.ts';

type CycleData = { cycleId: string };

function problemTexts(text: SynthesisText, forSignature: boolean, locale: Locale): string[] {
  const s = S[locale];
  return sectionProblems(text, forSignature).map((p) => (p.kind === 'required' ? s.problems.required(s.sections[p.field]) : s.problems.tooLong(s.sections[p.field], MAX_SECTION_CHARS)));
}

/** The cycle's synthesis, created from the compiled report's prefill the first time it is opened. */
async function openOrCreate(app: AppServices, cycleId: string, report: Parameters<typeof prefillSynthesis>[0], by: string): Promise<Synthesis> {
  const repo = new SynthesisRepo(app.store);
  return (await repo.update(cycleId, (current) => current ?? newSynthesis(cycleId, prefillSynthesis(report), by, app.clock().toISOString())))!;
}

/** `Soạn báo cáo tổng hợp` on the preview card: the draft with the parts the standing member writes. */
export async function openSynthesisAction(turn: ActionTurn<CycleData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'synthesis.edit', app);
  const found = await compiledCycle(app, turn.data.cycleId);
  if (!found) throw new ValidationError('cycleId', S[turn.caller.locale].noCompiled);
  const synthesis = await openOrCreate(app, found.cycle.id, found.report, member.id);
  return { card: draftCard(found.cycle, found.report, synthesis, app.roster, turn.caller.locale) };
}

/** `dự thảo [IV/2026]`: the draft card again, from any chat turn. */
export async function synthesisCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = await requirePermission(turn.caller, 'synthesis.edit', app);
  const s = S[turn.caller.locale];
  const named = turn.args.trim() ? parseQuarter(turn.args) : undefined;
  if (turn.args.trim() && !named) throw new ValidationError('quarter', CYCLE[turn.caller.locale].badQuarter(turn.args));
  const cycle = named ? await app.cycles.get(quarterId(named)) : await currentCycle(app);
  const found = cycle ? await compiledCycle(app, cycle.id) : undefined;
  if (!found) return [{ type: 'text', text: s.noCompiled }];
  const synthesis = await openOrCreate(app, found.cycle.id, found.report, member.id);
  return [{ type: 'card', card: draftCard(found.cycle, found.report, synthesis, app.roster, turn.caller.locale) }];
}

/** Loads what a draft card names; a refused or invalid save returns the card with the typed text. */
async function draftTarget(turn: ActionTurn<CycleData>, app: AppServices) {
  const member = await requirePermission(turn.caller, 'synthesis.edit', app);
  const s = S[turn.caller.locale];
  const found = await compiledCycle(app, turn.data.cycleId);
  if (!found) throw new ValidationError('cycleId', s.noCompiled);
  const repo = new SynthesisRepo(app.store);
  const synthesis = await repo.get(found.cycle.id);
  if (!synthesis) throw new ValidationError('cycleId', s.noSynthesis);
  return { member, ...found, repo, synthesis, text: readSections(turn.data as Record<string, unknown>) };
}

/** `Lưu dự thảo`: every save that changes the text is a new version; problems come back with the typed text. */
export async function saveSynthesisAction(turn: ActionTurn<CycleData>, app: AppServices): Promise<ActionResult> {
  const locale = turn.caller.locale;
  const { member, cycle, report, repo, synthesis, text } = await draftTarget(turn, app);
  const errors = problemTexts(text, false, locale);
  if (errors.length > 0) return { card: draftCard(cycle, report, synthesis, app.roster, locale, { text, errors }) };
  let outcome: ReturnType<typeof saveVersion> | undefined;
  const stored = await repo.update(cycle.id, (current) => {
    outcome = saveVersion(current ?? synthesis, text, member.id, app.clock().toISOString());
    return outcome.ok && outcome.changed ? outcome.synthesis : undefined;
  });
  const after = stored ?? synthesis;
  if (!outcome?.ok) return { card: draftCard(cycle, report, after, app.roster, locale, { text, errors: [S[locale].refusals[outcome?.ok === false ? outcome.reason : 'awaiting-approval']] }) };
  const status = outcome.changed ? S[locale].saved(after.versions.at(-1)!.version) : S[locale].unchanged;
  return { card: draftCard(cycle, report, after, app.roster, locale, { status }) };
}

/** `Trình ký`: saves the typed text as a version if it changed, then sends the approval card to the decision maker. */
export async function submitSynthesisAction(turn: ActionTurn<CycleData>, app: AppServices): Promise<ActionResult> {
  const locale = turn.caller.locale;
  const s = S[locale];
  const { member, cycle, report, repo, synthesis, text } = await draftTarget(turn, app);
  const latestIsFile = synthesis.versions.at(-1)?.source === 'docx';
  // An uploaded Word file is what is signed; the card's inputs are not shown then.
  const errors = latestIsFile ? [] : problemTexts(text, true, locale);
  if (errors.length > 0) return { card: draftCard(cycle, report, synthesis, app.roster, locale, { text, errors }) };
  const decider = await decisionMaker(app);
  if (decider.memberIds.length === 0) throw new ValidationError('chief', s.noDecisionMaker);
  let refusal: string | undefined;
  const now = app.clock().toISOString();
  const stored = await repo.update(cycle.id, (current) => {
    const base = current ?? synthesis;
    const saved = latestIsFile ? { ok: true as const, synthesis: base } : saveVersion(base, text, member.id, now);
    const submitted = saved.ok ? submitForSignature(saved.synthesis, member.id, now, decider.memberIds) : saved;
    if (!submitted.ok) refusal = s.refusals[submitted.reason];
    return submitted.ok ? submitted.synthesis : undefined;
  });
  if (refusal || !stored) return { card: draftCard(cycle, report, stored ?? (await repo.get(cycle.id)) ?? synthesis, app.roster, locale, { text, errors: [refusal ?? s.refusals['awaiting-approval']] }) };
  const undelivered: string[] = [];
  for (const id of decider.memberIds) {
    const card = approvalCard(cycle, report, stored, app.roster, await localeOf(app, id), { onBehalfOfChief: decider.onBehalfOfChief });
    const sent = await app.messenger.send(id, { type: 'card', card });
    if (!sent.ok) {
      app.logger.warn({ cycleId: cycle.id, memberId: id, reason: sent.reason }, 'approval card not delivered');
      undelivered.push(id);
    }
  }
  // Kept so the card goes out the moment the approver can be reached (module onMemberReachable).
  await repo.update(cycle.id, (c) => (c && (undelivered.length > 0 || c.approvalUndelivered?.length) ? { ...c, approvalUndelivered: undelivered } : undefined));
  const to = decider.memberIds.map((id) => app.roster.member(id)?.name ?? id).join(', ') + (decider.onBehalfOfChief ? s.submittedOnBehalf : '');
  app.logger.info({ cycleId: cycle.id, version: stored.requests.at(-1)?.version }, 'synthesis submitted for signature');
  return { card: draftCard(cycle, report, stored, app.roster, locale, { status: s.submitted(to) }) };
}
