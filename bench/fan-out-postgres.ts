import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createRoster } from '../src/domain/committee/committee.ts';
import { ConversationRefs } from '../src/store/conversation-refs.ts';
import { PostgresStore } from '../src/store/postgres/postgres-store.ts';
import { createMessage } from '../test/helpers/activities.ts';
import { Instance } from '../test/pg/helpers/instances.ts';
import { freshDatabase } from '../test/pg/pg-schema.ts';
import { cityCommittee, STANDING, writeCommitteeFile } from './lib/roster.ts';
import { seedRefs, storedRef, teamsUser } from './lib/seed.ts';
import { ratio, seconds } from './lib/stats.ts';
import { row, type Row } from './lib/table.ts';
import { TeamsConnector } from './lib/teams-connector.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sent delivery records of quarter IV/2026 in the database. */
async function sentDeliveries(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM documents WHERE collection = 'cycles/2026-q4/deliveries' AND doc->>'status' = 'sent'");
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

/**
 * Opens a quarter for `units` heads on PostgreSQL with `instances` bot processes on one database
 * (test/pg/helpers/bot-instance.ts, the real startBot) against the throttling connector. The
 * fan-out belongs to the instance that holds its lease (the one the command reached); the others
 * share the database and the app-wide budget. The clock runs from the POST until the connector has
 * accepted a form for every unit.
 */
export async function fanOutPostgresBench(units: number, instances: number, goal: number): Promise<Row[]> {
  const part = '1 fan-out';
  const label = `N=${units.toLocaleString('en-US')}, PostgreSQL, ${instances} instance${instances > 1 ? 's' : ''}`;
  const dir = await mkdtemp(path.join(os.tmpdir(), `cchc-bench-fanout-pg-${units}-`));
  const db = await freshDatabase();
  const connector = await new TeamsConnector().start();
  const running: Instance[] = [];
  try {
    const roster = createRoster(cityCommittee(units));
    const store = await PostgresStore.open(db.url);
    try {
      await seedRefs(new ConversationRefs(store), roster, connector.url);
    } finally {
      await store.close();
    }
    const env = { DATABASE_URL: db.url, DATA_DIR: path.join(dir, 'state'), COMMITTEE_FILE: await writeCommitteeFile(dir, units), PORT: '0', SCHEDULER_CRON: '', LOG_LEVEL: 'warn' };
    for (let i = 0; i < instances; i++) running.push(await Instance.start(`bench-${i + 1}`, env));
    const opener = teamsUser(roster.member(STANDING)!);
    const started = performance.now();
    const answer = await running[0]!.post(createMessage(opener, 'mở báo cáo quý IV/2026', connector.url));
    if (answer.status !== 200) throw new Error(`opening the quarter answered HTTP ${answer.status}`);
    const deadline = started + (units / 40) * 1000 + 60_000;
    while (connector.forms.size < units && performance.now() < deadline) await sleep(20);
    const wall = performance.now() - started;
    // The last delivery records are written just after their card was accepted.
    let sent = await sentDeliveries(db.url);
    for (let i = 0; i < 50 && sent < units; i++) {
      await sleep(200);
      sent = await sentDeliveries(db.url);
    }
    let lost = 0;
    let duplicates = 0;
    for (const unit of roster.committee.units) {
      const count = connector.forms.get(storedRef(roster.member(unit.head)!, connector.url).conversationId) ?? 0;
      if (count === 0) lost++;
      duplicates += Math.max(0, count - 1);
    }
    const floor = (units / 50) * 1000;
    return [
      row(part, `${label}: wall time to the last form accepted`, seconds(wall), `floor ${seconds(floor)}`),
      row(part, `${label}: wall / floor (N/50 s)`, ratio(wall / floor), `≤ ${ratio(goal)}`, wall / floor <= goal),
      row(part, `${label}: 429s received / connector calls`, `${connector.throttled} (app-wide ${connector.throttledByApp}) / ${connector.accepted + connector.throttled}`, 'as few as possible'),
      row(part, `${label}: cards lost (not at the connector / delivery not "sent")`, `${lost} / ${units - sent}`, '0 / 0', lost === 0 && sent === units, true),
      row(part, `${label}: duplicate cards`, String(duplicates), '0', duplicates === 0, true),
    ];
  } finally {
    for (const instance of running) await instance.stop();
    await connector.stop();
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  }
}
