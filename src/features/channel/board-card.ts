import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import { formatDate, formatInstant, localDate, workingDaysBetween } from '../../domain/calendar/index.ts';
import type { Member } from '../../domain/committee/committee.ts';
import { can, unitsActingFor } from '../../domain/committee/permissions.ts';
import { acceptsSubmissions, cycleState, type Cycle } from '../../domain/cycles/cycle.ts';
import { unitStatus, type UnitState } from '../../domain/cycles/unit-status.ts';
import { CHANNEL } from '../../i18n/channel-strings.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import { permissionContext } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { boardAudience } from './board-audience.ts';
import type { BoardRecord } from './channel-docs.ts';

/** The Action.Execute verb Teams calls to fetch a member's own view of the board (Universal Actions refresh). */
export const BOARD_REFRESH_VERB = 'channel.board';
/** Units listed on the board; the rest are counted (the card stays far below Teams' message size). */
const MAX_ROWS = 100;
const COLORS: Record<UnitState, string> = { missing: 'Default', submitted: 'Good', late: 'Warning', deputy: 'Accent' };

/** What the personal view adds for one member: their units' report buttons, the leaders' buttons, a note. */
export interface BoardViewer {
  member: Member;
  locale: Locale;
  note?: string;
}

/**
 * The status board of a cycle: the common card posted in the channel (no viewer), or one member's view
 * returned to Teams' refresh. Both carry the same `refresh`, so the personal view keeps refreshing.
 */
export async function boardCard(app: AppServices, cycle: Cycle, record: Pick<BoardRecord, 'lastReminder'> | undefined, viewer?: BoardViewer): Promise<AdaptiveCardJson> {
  const locale = viewer?.locale ?? app.config.language.defaultLocale;
  const s = CHANNEL[locale];
  const c = CYCLE[locale];
  const now = app.clock();
  const state = cycleState(cycle, now);
  const submissions = await app.cycles.submissions(cycle.id);
  const statuses = cycle.targetUnits.map((id) => unitStatus(id, submissions.get(id)));
  const submitted = new Set(statuses.filter((r) => r.state !== 'missing').map((r) => r.unitId));
  const overdue = state !== 'open' && cycle.state === 'open';
  const daysLeft = workingDaysBetween(app.calendar, localDate(now), cycle.unitDeadline);
  const facts = [
    { label: s.board.deadline, value: formatDate(cycle.unitDeadline) },
    { label: s.board.state, value: c.cycleStates[state] },
    ...(cycle.state === 'open' ? [{ label: s.board.daysLeft, value: overdue || daysLeft < 0 ? s.board.overdueValue : s.board.daysLeftValue(daysLeft) }] : []),
    ...(record?.lastReminder ? [{ label: s.board.lastReminder, value: s.board.lastReminderValue(formatInstant(record.lastReminder.at), record.lastReminder.units) }] : []),
  ];
  // Units that still owe their report come first when the list is cut.
  const ordered = statuses.length > MAX_ROWS ? [...statuses].sort((a, b) => Number(a.state !== 'missing') - Number(b.state !== 'missing')) : statuses;
  const rows = ordered.slice(0, MAX_ROWS).map((row) => ({
    unit: app.roster.unit(row.unitId)?.name ?? row.unitId,
    state: row.state === 'missing' && overdue ? s.board.overdue : c.unitStates[row.state],
    color: row.state === 'missing' && overdue ? 'Attention' : COLORS[row.state],
  }));
  const view = viewer ? await viewerButtons(app, cycle, viewer, submitted) : { reportButtons: [], showRemind: false, showCompile: false };
  const card = renderCard('channel-board', {
    title: s.board.title(cycle.label),
    facts,
    rows,
    totals: s.board.totals({ total: statuses.length, reported: submitted.size, missing: statuses.length - submitted.size }),
    more: statuses.length > MAX_ROWS ? s.board.more(statuses.length - MAX_ROWS) : '',
    note: viewer?.note ?? '',
    forYou: view.reportButtons.length || view.showRemind || view.showCompile ? s.board.forYou : '',
    cycleId: cycle.id,
    ...view,
    remindLabel: s.board.remind,
    compileLabel: s.board.compile,
  });
  const userIds = await boardAudience(app, cycle, submitted);
  if (userIds.length > 0) card.refresh = { action: { type: 'Action.Execute', verb: BOARD_REFRESH_VERB, data: { cycleId: cycle.id } }, userIds };
  return card;
}

/** The buttons one member gets: report (or edit) for each unit they act for, Nhắc and Tổng hợp by the role table. */
async function viewerButtons(app: AppServices, cycle: Cycle, viewer: BoardViewer, submitted: ReadonlySet<string>) {
  const s = CHANNEL[viewer.locale];
  const ctx = await permissionContext(app);
  const open = acceptsSubmissions(cycle);
  const reportButtons = open
    ? unitsActingFor(viewer.member, ctx)
        .filter((id) => cycle.targetUnits.includes(id))
        .map((unitId) => {
          const name = app.roster.unit(unitId)?.name ?? unitId;
          return { unitId, title: submitted.has(unitId) ? s.board.editFor(name) : s.board.reportFor(name) };
        })
    : [];
  return {
    reportButtons,
    showRemind: open && can(viewer.member, 'remind', ctx) && submitted.size < cycle.targetUnits.length,
    showCompile: cycle.state !== 'sent' && can(viewer.member, 'compile', ctx),
  };
}
