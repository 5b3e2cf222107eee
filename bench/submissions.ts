import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createRoster } from '../src/domain/committee/committee.ts';
import type { UnitSubmission } from '../src/domain/cycles/submission.ts';
import { createInvoke } from '../test/helpers/activities.ts';
import { freshDatabase } from '../test/pg/pg-schema.ts';
import { startChild, type ChildServer } from './lib/child.ts';
import { runLoad, type LoadResult } from './lib/load.ts';
import { reportInputs } from './lib/report-text.ts';
import { cityCommittee, writeCommitteeFile } from './lib/roster.ts';
import { teamsUser, writeHistory } from './lib/seed.ts';
import { ms, percentile, ratio, seconds } from './lib/stats.ts';
import { scaled } from './lib/scale.ts';
import { row, type Row } from './lib/table.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const UNITS = scaled(3000);
const CHARS_PER_ANSWER = 2000;
/** History answers are shorter: what is measured is the number of stored documents, not their size. */
const HISTORY_CHARS = 400;
const HISTORY_QUARTERS = scaled(20);
const SERVICE_URL = 'http://127.0.0.1:9/';
/** Warm-up, then each concurrency level with its own units (every request is a first submission). */
const WARM_UP = scaled(100);
const LEVELS: Array<{ concurrency: number; requests: number }> = [
  { concurrency: 1, requests: scaled(300) },
  { concurrency: 8, requests: scaled(600) },
  { concurrency: 32, requests: scaled(1000) },
  { concurrency: 64, requests: scaled(1000) },
];
/** Each level is split into rounds in which the servers take turns. */
const ROUNDS = 4;
/** Issue 17: p99 within 1.3× the durable floor of the same store, throughput at c=64 at least 0.8× it. */
const P99_FLOOR_GOAL = 1.3;
const THROUGHPUT_FLOOR_GOAL = 0.8;
const HISTORY_GOAL = 1.1;

const CARD = 'application/vnd.microsoft.card.adaptive';
const receiptOk = (status: number, body: string) => status === 200 && body.includes(CARD) && body.includes('Đã nhận báo cáo CCHC');
const anyOk = (status: number) => status === 200;

type StoreKind = 'file' | 'postgres';

interface Scenario {
  name: string;
  server: ChildServer;
  /** The CCHC bot's store, read back afterwards (none for the yardsticks). */
  stored?: { kind: 'file'; dataDir: string } | { kind: 'postgres'; url: string };
  results: LoadResult[];
}

const throughput = (r: LoadResult) => (r.latencies.length / r.wallMs) * 1000;

/** Reads back every stored submission of 2026 Q4: units with none (lost) and extra versions (duplicates). */
async function verifyStored(stored: NonNullable<Scenario['stored']>, units: string[]): Promise<{ lost: number; duplicates: number }> {
  const docs = new Map<string, UnitSubmission>();
  if (stored.kind === 'file') {
    const dir = path.join(stored.dataDir, 'cycles', '2026-q4', 'submissions');
    for (const name of await readdir(dir)) {
      if (name.endsWith('.json') && !name.startsWith('.')) docs.set(name.slice(0, -5), JSON.parse(await readFile(path.join(dir, name), 'utf8')) as UnitSubmission);
    }
  } else {
    const client = new pg.Client({ connectionString: stored.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; doc: UnitSubmission }>("SELECT id, doc FROM documents WHERE collection = 'cycles/2026-q4/submissions'");
      for (const r of rows) docs.set(r.id, r.doc);
    } finally {
      await client.end();
    }
  }
  let lost = 0;
  let duplicates = 0;
  for (const unitId of units) {
    const doc = docs.get(unitId);
    if (!doc) lost++;
    else duplicates += Math.max(0, doc.versions.length - 1);
  }
  return { lost, duplicates };
}

/** Ratio rows of the CCHC bot against the durable floor of its store, at one level. */
function floorRows(at: string, store: StoreKind, bot: LoadResult, floor: LoadResult, judgeThroughput: boolean): Row[] {
  const p99 = percentile(bot.latencies, 99) / percentile(floor.latencies, 99);
  const rows = [row('2 submissions', `${at} p99 CCHC bot (${store}) / durable floor (${store})`, ratio(p99), `≤ ${ratio(P99_FLOOR_GOAL)}`, p99 <= P99_FLOOR_GOAL)];
  if (judgeThroughput) {
    const t = throughput(bot) / throughput(floor);
    rows.push(row('2 submissions', `${at} throughput CCHC bot (${store}) / durable floor (${store})`, ratio(t), `≥ ${ratio(THROUGHPUT_FLOOR_GOAL)}`, t >= THROUGHPUT_FLOOR_GOAL));
  }
  return rows;
}

/**
 * Card submissions at rising concurrency against servers side by side: the minimal SDK bot, the
 * durable floor on files (and on PostgreSQL with DATABASE_URL), the CCHC bot on an empty file store,
 * on a file store with 5 years of history for 3,000 units, and on PostgreSQL.
 */
export async function submissionBench(): Promise<Row[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-bench-submit-'));
  const scenarios: Scenario[] = [];
  const databases: Array<{ drop: () => Promise<void> }> = [];
  const rows: Row[] = [];
  try {
    const committeeFile = await writeCommitteeFile(dir, UNITS);
    const roster = createRoster(cityCommittee(UNITS));
    const units = roster.committee.units;
    const bodies = units.map((unit, i) =>
      JSON.stringify(createInvoke(teamsUser(roster.member(unit.head)!), 'report.submit', { cycleId: '2026-q4', unitId: unit.id, ...reportInputs(unit, CHARS_PER_ANSWER, i) }, SERVICE_URL)),
    );
    const historyDir = path.join(dir, 'history');
    await mkdir(historyDir);
    const historyStarted = performance.now();
    const historyFiles = await writeHistory(historyDir, roster, HISTORY_QUARTERS, HISTORY_CHARS);
    const historyMs = performance.now() - historyStarted;
    rows.push(row('2 submissions', `history written for the file store with history: ${HISTORY_QUARTERS} quarters × ${UNITS.toLocaleString('en-US')} units`, `${historyFiles.toLocaleString('en-US')} documents in ${seconds(historyMs)}`));

    const botEnv = (dataDir: string, databaseUrl = '') => ({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl, COMMITTEE_FILE: committeeFile, PORT: '0', SCHEDULER_CRON: '', LOG_LEVEL: 'info', BENCH_SERVICE_URL: SERVICE_URL });
    const baseline = path.join(HERE, 'servers', 'baseline-bot.ts');
    const cchc = path.join(HERE, 'servers', 'cchc-bot.ts');
    const floorDir = path.join(dir, 'floor');
    await mkdir(floorDir);
    scenarios.push({ name: 'minimal SDK bot (stores nothing)', server: await startChild(baseline, { DATABASE_URL: '' }), results: [] });
    scenarios.push({ name: 'durable floor (file)', server: await startChild(baseline, { BENCH_FLOOR: 'file', BENCH_FLOOR_DIR: floorDir, DATABASE_URL: '' }), results: [] });
    scenarios.push({ name: 'CCHC bot (file), empty store', stored: { kind: 'file', dataDir: path.join(dir, 'empty') }, server: await startChild(cchc, botEnv(path.join(dir, 'empty'))), results: [] });
    scenarios.push({ name: 'CCHC bot (file), 5 years of history', stored: { kind: 'file', dataDir: historyDir }, server: await startChild(cchc, botEnv(historyDir)), results: [] });
    if (process.env.DATABASE_URL) {
      const floorDb = await freshDatabase();
      databases.push(floorDb);
      const botDb = await freshDatabase();
      databases.push(botDb);
      scenarios.push({ name: 'durable floor (postgres)', server: await startChild(baseline, { BENCH_FLOOR: 'postgres', DATABASE_URL: floorDb.url }), results: [] });
      scenarios.push({ name: 'CCHC bot (postgres), empty store', stored: { kind: 'postgres', url: botDb.url }, server: await startChild(cchc, botEnv(path.join(dir, 'pg-outbox'), botDb.url)), results: [] });
    } else {
      rows.push(row('2 submissions', 'PostgreSQL variants (durable floor, CCHC bot)', 'skipped: DATABASE_URL not set (run scripts/with-postgres.sh npm run bench)'));
    }
    const accept = (s: Scenario) => (s.stored ? receiptOk : anyOk);

    for (const s of scenarios) {
      const warm = await runLoad(s.server.url, bodies.slice(0, WARM_UP), 8, accept(s));
      if (warm.failures > 0) throw new Error(`${s.name}: warm-up failed: ${warm.firstFailure}`);
    }
    let offset = WARM_UP;
    for (const level of LEVELS) {
      const slice = bodies.slice(offset, offset + level.requests);
      offset += level.requests;
      // Side by side: the servers take turns in rounds at each level, so drift on a shared machine hits all alike.
      const perRound = Math.ceil(slice.length / ROUNDS);
      const merged = scenarios.map((): LoadResult => ({ latencies: [], wallMs: 0, failures: 0 }));
      for (let r = 0; r < ROUNDS; r++) {
        for (const [k, s] of scenarios.entries()) {
          const part = await runLoad(s.server.url, slice.slice(r * perRound, (r + 1) * perRound), level.concurrency, accept(s));
          const m = merged[k]!;
          m.latencies.push(...part.latencies);
          m.wallMs += part.wallMs;
          m.failures += part.failures;
          m.firstFailure ??= part.firstFailure;
        }
      }
      scenarios.forEach((s, k) => s.results.push(merged[k]!));
    }
    for (const s of scenarios) await s.server.stop();

    const byName = (prefix: string) => scenarios.find((s) => s.name.startsWith(prefix));
    const [minimal, fileFloor, fileBot, history] = scenarios as [Scenario, Scenario, Scenario, Scenario];
    const pgFloor = byName('durable floor (postgres)');
    const pgBot = byName('CCHC bot (postgres)');
    LEVELS.forEach((level, i) => {
      const at = `c=${level.concurrency}`;
      for (const s of scenarios) {
        const r = s.results[i]!;
        rows.push(row('2 submissions', `${at} ${s.name}: throughput, p50 / p99`, `${throughput(r).toFixed(0)}/s, ${ms(percentile(r.latencies, 50))} / ${ms(percentile(r.latencies, 99))}`));
        if (r.failures > 0) rows.push(row('2 submissions', `${at} ${s.name}: failed requests`, `${r.failures} (${r.firstFailure ?? ''})`, '0', false, true));
      }
      const p99 = (s: Scenario) => percentile(s.results[i]!.latencies, 99);
      const last = i === LEVELS.length - 1;
      rows.push(...floorRows(at, 'file', fileBot.results[i]!, fileFloor.results[i]!, last));
      if (pgBot && pgFloor) rows.push(...floorRows(at, 'postgres', pgBot.results[i]!, pgFloor.results[i]!, last));
      rows.push(row('2 submissions', `${at} p99 durable floor (file) / minimal SDK bot: the price of fsync`, ratio(p99(fileFloor) / p99(minimal))));
      const vsEmpty = p99(history) / p99(fileBot);
      rows.push(row('2 submissions', `${at} p99 CCHC bot (file) with history / empty store`, ratio(vsEmpty), `≤ ${ratio(HISTORY_GOAL)}`, vsEmpty <= HISTORY_GOAL));
    });
    for (const s of scenarios) {
      if (!s.stored) continue;
      const { lost, duplicates } = await verifyStored(s.stored, units.map((u) => u.id));
      rows.push(row('2 submissions', `${s.name}: submissions lost / duplicated in the store`, `${lost} / ${duplicates}`, '0 / 0', lost === 0 && duplicates === 0, true));
    }
    return rows;
  } finally {
    await Promise.all(scenarios.map((s) => s.server.stop()));
    for (const db of databases) await db.drop();
    await rm(dir, { recursive: true, force: true });
  }
}
