import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../src/config.ts';
import { startBot } from '../src/create-bot.ts';
import { createMessage } from '../test/helpers/activities.ts';
import { quietLogger } from './lib/quiet-logger.ts';
import { STANDING, writeCommitteeFile } from './lib/roster.ts';
import { seedRefs, storedRef, teamsUser } from './lib/seed.ts';
import { ratio, seconds } from './lib/stats.ts';
import { row, type Row } from './lib/table.ts';
import { TeamsConnector } from './lib/teams-connector.ts';

/** 09:00 in Hà Nội on a Tuesday, inside quarter IV/2026 and before its deadline. */
const NOW = new Date('2026-12-01T02:00:00Z');
/** Issue 17: one instance within 1.05× the N/50 s floor. */
export const ONE_INSTANCE_GOAL = 1.05;

/** Checks that the fake connector really throttles: a burst of 60 earns 10 × 429, 9 into one chat earn 2. */
export async function checkEnforcer(): Promise<Row> {
  const post = (c: TeamsConnector, conversation: string) =>
    fetch(`${c.url}v3/conversations/${encodeURIComponent(conversation)}/activities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message"}' }).then((r) => r.status);
  const app = await new TeamsConnector().start();
  const chat = await new TeamsConnector().start();
  try {
    const appStatuses = await Promise.all(Array.from({ length: 60 }, (_, i) => post(app, `a:chat-${i}`)));
    const chatStatuses = await Promise.all(Array.from({ length: 9 }, () => post(chat, 'a:one-chat')));
    const app429 = appStatuses.filter((s) => s === 429).length;
    const chat429 = chatStatuses.filter((s) => s === 429).length;
    return row('1 fan-out', 'fake connector self-check: 429s for 60 at once / 9 in one chat', `${app429} / ${chat429}`, '10 / 2', app429 === 10 && chat429 === 2, true);
  } finally {
    await app.stop();
    await chat.stop();
  }
}

/** Opens a quarter for `units` heads through the real bot against a throttling connector; measures until the fan-out is done. */
export async function fanOutBench(units: number, goal = ONE_INSTANCE_GOAL, ratePerSecond?: number): Promise<Row[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `cchc-bench-fanout-${units}-`));
  const connector = await new TeamsConnector().start();
  const { logger, errors } = quietLogger();
  try {
    const config = readConfig({ DATA_DIR: path.join(dir, 'state'), COMMITTEE_FILE: await writeCommitteeFile(dir, units), PORT: '0', SCHEDULER_CRON: '', LOG_LEVEL: 'info' });
    const bot = await startBot(config, { clock: () => NOW, logger, connectorRatePerSecond: ratePerSecond });
    const { app } = bot;
    try {
      await seedRefs(app.refs, app.roster, connector.url);
      const opener = teamsUser(app.roster.member(STANDING)!);
      const started = performance.now();
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(createMessage(opener, 'mở báo cáo quý IV/2026', connector.url)),
      });
      if (response.status !== 200) throw new Error(`opening the quarter answered HTTP ${response.status}`);
      await app.tasks.idle();
      const wall = performance.now() - started;

      const deliveries = await app.cycles.deliveries('2026-q4');
      const notSent = app.roster.committee.units.filter((u) => deliveries.get(u.id)?.status !== 'sent').length;
      let lost = 0;
      let duplicates = 0;
      for (const unit of app.roster.committee.units) {
        const count = connector.forms.get(storedRef(app.roster.member(unit.head)!, connector.url).conversationId) ?? 0;
        if (count === 0) lost++;
        duplicates += Math.max(0, count - 1);
      }
      const floor = (units / 50) * 1000;
      const label = `N=${units.toLocaleString('en-US')}, file store, 1 instance`;
      if (errors.length > 0) console.error(`fan-out ${label}: bot logged errors:\n${errors.join('\n')}`);
      return [
        row('1 fan-out', `${label}: wall time to app.tasks.idle()`, seconds(wall), `floor ${seconds(floor)}`),
        row('1 fan-out', `${label}: wall / floor (N/50 s)`, ratio(wall / floor), `≤ ${ratio(goal)}`, wall / floor <= goal),
        row('1 fan-out', `${label}: 429s received / connector calls`, `${connector.throttled} (app-wide ${connector.throttledByApp}) / ${connector.accepted + connector.throttled}`, 'as few as possible'),
        row('1 fan-out', `${label}: cards lost (not at the connector / delivery not "sent")`, `${lost} / ${notSent}`, '0 / 0', lost === 0 && notSent === 0, true),
        row('1 fan-out', `${label}: duplicate cards`, String(duplicates), '0', duplicates === 0, true),
      ];
    } finally {
      await bot.stop();
    }
  } finally {
    await connector.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
