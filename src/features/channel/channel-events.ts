import type { AppEvent } from '../app-events.ts';
import type { AppServices } from '../app-services.ts';
import type { JobContext } from '../jobs/job-context.ts';
import { refreshBoard } from './board-keeper.ts';
import { announceMeeting, mentionOverdue, postConclusions } from './channel-posts.ts';

/** What the channel shows of each event; nothing at all while no channel is linked. */
export async function onChannelEvent(event: AppEvent, app: AppServices): Promise<void> {
  if (!(await app.repos.channelLink.get())) return;
  switch (event.type) {
    case 'cycle.opened':
    case 'report.submitted':
    case 'cycle.compiled':
    case 'cycle.sent':
      return refreshBoard(app, event.cycleId);
    case 'cycle.reminded': {
      const at = app.clock().toISOString();
      // Recorded only where a board exists (or is being posted): the board shows the last reminder.
      await app.repos.channelBoards.update(event.cycleId, (r) => (r ? { ...r, lastReminder: { at, units: event.unitIds.length } } : undefined));
      return refreshBoard(app, event.cycleId);
    }
    case 'cycle.escalated':
      await refreshBoard(app, event.cycleId);
      return mentionOverdue(app, event.cycleId, event.unitIds);
    case 'meeting.invited':
      return announceMeeting(app, event.meetingId);
    case 'meeting.concluded':
      return postConclusions(app, event.meetingId);
  }
}

/**
 * The scheduler's catch-up: boards of cycles not yet sent are brought up to date (an edit missed while
 * Teams refused, a restart in the middle, the working days left that change overnight). An unchanged
 * board costs no Teams call.
 */
export async function reconcileBoards(ctx: JobContext): Promise<void> {
  const { app } = ctx;
  if (!(await app.repos.channelLink.get())) return;
  const withBoard = new Set(await app.repos.channelBoards.ids());
  const cycles = await ctx.cycles();
  const current = cycles.find((c) => c.state !== 'sent');
  for (const cycle of cycles) {
    if (ctx.shouldStop()) return;
    if (cycle.state === 'sent' || (!withBoard.has(cycle.id) && cycle !== current)) continue;
    await refreshBoard(app, cycle.id);
  }
}
