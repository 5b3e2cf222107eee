import { latestVersion } from '../../domain/cycles/submission.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import { formatInstant } from '../../domain/calendar/index.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { CHANNEL } from '../../i18n/channel-strings.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import { readAbsentHeads } from '../absences.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { actingMember } from '../cycles/acting-member.ts';
import { compileCycle, previewCard } from '../cycles/compile.ts';
import { answersToInputs, reportFormCard } from '../cycles/report-cards.ts';
import { requirePermission } from '../guards.ts';
import { remindCommand } from '../reminders/remind-command.ts';
import type { ActionTurn } from '../turn.ts';
import { boardCard } from './board-card.ts';

type CycleData = { cycleId: string };
type UnitData = { cycleId: string; unitId: string };

async function cardCycle(turn: ActionTurn<CycleData>, app: AppServices): Promise<Cycle> {
  const cycle = await app.cycles.fromCard(turn.data.cycleId);
  if (!cycle) throw new ValidationError('cycleId', CHANNEL[turn.caller.locale].cycleNotFound);
  return cycle;
}

/** The caller's own view of the board, with a note on what their click did. */
async function viewFor(turn: ActionTurn<CycleData>, app: AppServices, cycle: Cycle, note = ''): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'channel.view', app);
  const record = await app.repos.channelBoards.get(cycle.id);
  return { card: await boardCard(app, cycle, record, { member, locale: turn.caller.locale, note }) };
}

/** `channel.board`: Teams' refresh of the board for one of its userIds; answers that member's view. */
export async function boardRefreshAction(turn: ActionTurn<CycleData>, app: AppServices): Promise<ActionResult> {
  return viewFor(turn, app, await cardCycle(turn, app));
}

/**
 * `channel.reportForm`: a unit head's "Báo cáo cho …" on the board. The form (filled with the last version
 * once reported) goes to their 1:1 chat; when the bot cannot write there yet, it opens in place, for them only.
 */
export async function boardReportFormAction(turn: ActionTurn<UnitData>, app: AppServices): Promise<ActionResult> {
  const cycle = await cardCycle(turn, app);
  const unit = app.roster.unit(turn.data.unitId);
  if (!unit || !cycle.targetUnits.includes(unit.id)) throw new ValidationError('unitId', CYCLE[turn.caller.locale].notTarget);
  const member = await requirePermission(turn.caller, 'report.submit', app, unit.id);
  if (cycle.state !== 'open') throw new ValidationError('cycle', CYCLE[turn.caller.locale].closedForSubmissions(CYCLE[turn.caller.locale].cycleStates[cycle.state]));
  const latest = latestVersion(await app.cycles.getSubmission(cycle.id, unit.id));
  const acting = actingMember(unit, await readAbsentHeads(app), app.roster);
  const form = reportFormCard(cycle, unit, turn.caller.locale, {
    prefill: latest ? answersToInputs(latest.answers, cycle.questions) : {},
    onBehalfOfName: acting.onBehalfOf ? app.roster.member(acting.onBehalfOf)?.name : undefined,
  });
  const outcome = await app.messenger.send(member.id, { type: 'card', card: form });
  if (!outcome.ok) return { card: form };
  return viewFor(turn, app, cycle, CHANNEL[turn.caller.locale].formSent(unit.name));
}

/** `channel.remind`: the leaders' "Nhắc" — the `nhắc` command (every unit that has not reported), its outcome as the note. */
export async function boardRemindAction(turn: ActionTurn<CycleData>, app: AppServices): Promise<ActionResult> {
  const cycle = await cardCycle(turn, app);
  const replies = await remindCommand({ caller: turn.caller, args: '' }, app);
  const note = replies.map((r) => (r.type === 'text' ? r.text : '')).filter(Boolean).join('\n\n');
  return viewFor(turn, app, (await app.cycles.get(cycle.id)) ?? cycle, note);
}

/** `channel.compile`: the standing member's "Tổng hợp" — compiles this cycle; the preview (with its send buttons) goes to their 1:1 chat. */
export async function boardCompileAction(turn: ActionTurn<CycleData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'compile', app);
  const cycle = await cardCycle(turn, app);
  const s = CHANNEL[turn.caller.locale];
  let preview;
  if (cycle.state === 'sent') {
    const report = await app.cycles.getCompiled(cycle.id);
    if (!report) throw new ValidationError('cycle', CYCLE[turn.caller.locale].alreadySent(formatInstant(cycle.sentAt ?? '')));
    preview = previewCard(cycle, report, turn.caller.locale, CYCLE[turn.caller.locale].alreadySent(formatInstant(cycle.sentAt ?? '')));
  } else {
    const { cycle: compiled, report } = await compileCycle(app, cycle);
    preview = previewCard(compiled, report, turn.caller.locale);
  }
  const outcome = await app.messenger.send(member.id, { type: 'card', card: preview });
  return viewFor(turn, app, (await app.cycles.get(cycle.id)) ?? cycle, outcome.ok ? s.previewSent : s.previewNotSent);
}
