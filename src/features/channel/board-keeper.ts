import { createHash } from 'node:crypto';
import type { AppServices } from '../app-services.ts';
import { boardCard } from './board-card.ts';
import type { BoardRecord } from './channel-docs.ts';

/** A 'posting' claim older than this was left by a stopped instance: the board is posted again (the at-least-once window). */
export const POSTING_CLAIM_MS = 120_000;

interface Run {
  running: Promise<void>;
  again: boolean;
}
const RUNS = new Map<string, Run>();

/**
 * Brings the cycle's board in the committee channel up to date: posted once, then edited in place
 * (the same activity id, kept in the store so a restart edits the same card); an unchanged board is
 * not edited. Calls while one runs are folded into one more pass after it, so every change is shown
 * without two passes racing each other.
 */
export function refreshBoard(app: AppServices, cycleId: string): Promise<void> {
  const key = `${app.config.dataDir}|${cycleId}`;
  const current = RUNS.get(key);
  if (current) {
    current.again = true;
    return current.running;
  }
  const run: Run = { running: Promise.resolve(), again: false };
  run.running = (async () => {
    try {
      do {
        run.again = false;
        await writeBoard(app, cycleId);
      } while (run.again);
    } finally {
      RUNS.delete(key);
    }
  })();
  RUNS.set(key, run);
  return run.running;
}

function isLiveClaim(record: BoardRecord, now: Date): boolean {
  return record.state === 'posting' && now.getTime() - new Date(record.postingSince ?? 0).getTime() < POSTING_CLAIM_MS;
}

async function writeBoard(app: AppServices, cycleId: string): Promise<void> {
  const { channelLink, channelBoards } = app.repos;
  const link = await channelLink.get();
  const cycle = await app.cycles.get(cycleId);
  if (!link || !cycle) return;
  const channel = link.address;
  const record = await channelBoards.get(cycleId);
  const card = await boardCard(app, cycle, record);
  const hash = createHash('sha256').update(JSON.stringify(card)).digest('hex');
  if (record?.activityId && record.conversationId === channel.conversationId) {
    if (record.hash === hash) return;
    const outcome = await app.channelMessenger.replace(channel, record.activityId, { reply: { type: 'card', card } });
    if (!outcome.ok) {
      app.logger.warn({ cycleId, reason: outcome.reason }, 'channel board not updated; the next change or tick tries again');
      return;
    }
    await channelBoards.update(cycleId, (r) => (r ? { ...r, hash } : undefined));
    return;
  }
  const now = app.clock();
  let claimed = false;
  await channelBoards.update(cycleId, (r) => {
    if (r && r.conversationId === channel.conversationId && (r.activityId || isLiveClaim(r, now))) return undefined;
    if (r?.state === 'posting' && r.postingSince !== new Date(0).toISOString()) app.logger.warn({ cycleId }, 'a board post was left unfinished by a stopped instance; posting it again');
    claimed = true;
    return { cycleId, conversationId: channel.conversationId, state: 'posting', postingSince: now.toISOString(), mentioned: r?.mentioned ?? [], lastReminder: r?.lastReminder };
  });
  if (!claimed) return;
  const outcome = await app.channelMessenger.post(channel, { reply: { type: 'card', card } });
  await channelBoards.update(cycleId, (r) => {
    if (!r) return undefined;
    if (!outcome.ok) return { ...r, state: 'posting', postingSince: new Date(0).toISOString() };
    return { ...r, state: 'posted', activityId: outcome.activityId, postingSince: undefined, hash };
  });
  if (!outcome.ok) app.logger.warn({ cycleId, reason: outcome.reason }, 'channel board not posted; the next change or tick tries again');
  else app.logger.info({ cycleId, activityId: outcome.activityId }, 'channel board posted');
}
