import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRoster } from '../src/domain/committee/committee.ts';
import type { UnitSubmission } from '../src/domain/cycles/submission.ts';
import { createInvoke } from '../test/helpers/activities.ts';
import { startChild, type ChildServer } from './lib/child.ts';
import { runLoad, type LoadResult } from './lib/load.ts';
import { reportInputs } from './lib/report-text.ts';
import { cityCommittee, writeCommitteeFile } from './lib/roster.ts';
import { teamsUser, writeHistory } from './lib/seed.ts';
import { ms, percentile, ratio, seconds } from './lib/stats.ts';
import { row, type Row } from './lib/table.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const UNITS = 3000;
const CHARS_PER_ANSWER = 2000;
/** History answers are shorter: what is measured is the number of stored documents, not their size. */
const HISTORY_CHARS = 400;
const HISTORY_QUARTERS = 20;
const SERVICE_URL = 'http://127.0.0.1:9/';
/** Warm-up, then each concurrency level with its own units (every request is a first submission). */
const WARM_UP = 100;
const LEVELS: Array<{ concurrency: number; requests: number }> = [
  { concurrency: 1, requests: 300 },
  { concurrency: 8, requests: 600 },
  { concurrency: 32, requests: 1000 },
  { concurrency: 64, requests: 1000 },
];
/** Each level is split into rounds in which the three servers take turns. */
const ROUNDS = 4;
const P99_RATIO_GOAL = 1.5;
const HISTORY_GOAL = 1.1;

const CARD = 'application/vnd.microsoft.card.adaptive';
const receiptOk = (status: number, body: string) => status === 200 && body.includes(CARD) && body.includes('Đã nhận báo cáo CCHC');

interface Scenario {
  name: string;
  server: ChildServer;
  dataDir?: string;
  results: LoadResult[];
}

/** Reads back every stored submission of 2026 Q4: units with none (lost) and extra versions (duplicates). */
async function verifyStored(dataDir: string, units: string[]): Promise<{ lost: number; duplicates: number }> {
  const dir = path.join(dataDir, 'cycles', '2026-q4', 'submissions');
  const files = new Set(await readdir(dir));
  let lost = 0;
  let duplicates = 0;
  for (const unitId of units) {
    if (!files.has(`${unitId}.json`)) {
      lost++;
      continue;
    }
    const doc = JSON.parse(await readFile(path.join(dir, `${unitId}.json`), 'utf8')) as UnitSubmission;
    duplicates += Math.max(0, doc.versions.length - 1);
  }
  return { lost, duplicates };
}

/**
 * Card submissions at rising concurrency against three servers side by side: the minimal SDK bot,
 * the CCHC bot with an empty store, and the CCHC bot with 5 years of history for 3,000 units.
 */
export async function submissionBench(): Promise<Row[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-bench-submit-'));
  const scenarios: Scenario[] = [];
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

    const botEnv = (dataDir: string) => ({ DATA_DIR: dataDir, COMMITTEE_FILE: committeeFile, PORT: '0', SCHEDULER_CRON: '', LOG_LEVEL: 'info', BENCH_SERVICE_URL: SERVICE_URL });
    scenarios.push({ name: 'minimal SDK bot', server: await startChild(path.join(HERE, 'servers', 'baseline-bot.ts'), {}), results: [] });
    scenarios.push({ name: 'CCHC bot, empty store', dataDir: path.join(dir, 'empty'), server: await startChild(path.join(HERE, 'servers', 'cchc-bot.ts'), botEnv(path.join(dir, 'empty'))), results: [] });
    scenarios.push({ name: 'CCHC bot, 5 years of history', dataDir: historyDir, server: await startChild(path.join(HERE, 'servers', 'cchc-bot.ts'), botEnv(historyDir)), results: [] });

    for (const s of scenarios) {
      const warm = await runLoad(s.server.url, bodies.slice(0, WARM_UP), 8, s.dataDir ? receiptOk : (status) => status === 200);
      if (warm.failures > 0) throw new Error(`${s.name}: warm-up failed: ${warm.firstFailure}`);
    }
    let offset = WARM_UP;
    for (const level of LEVELS) {
      const slice = bodies.slice(offset, offset + level.requests);
      offset += level.requests;
      // Side by side: the three servers take turns in rounds at each level, so drift on a shared machine hits all alike.
      const perRound = Math.ceil(slice.length / ROUNDS);
      const merged = scenarios.map((): LoadResult => ({ latencies: [], wallMs: 0, failures: 0 }));
      for (let r = 0; r < ROUNDS; r++) {
        for (const [k, s] of scenarios.entries()) {
          const part = await runLoad(s.server.url, slice.slice(r * perRound, (r + 1) * perRound), level.concurrency, s.dataDir ? receiptOk : (status) => status === 200);
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

    const rows: Row[] = [row('2 submissions', `history written for the third server: ${HISTORY_QUARTERS} quarters × ${UNITS.toLocaleString('en-US')} units`, `${historyFiles.toLocaleString('en-US')} documents in ${seconds(historyMs)}`)];
    const [baseline, empty, history] = scenarios as [Scenario, Scenario, Scenario];
    LEVELS.forEach((level, i) => {
      const at = `c=${level.concurrency}`;
      for (const s of scenarios) {
        const r = s.results[i]!;
        rows.push(row('2 submissions', `${at} ${s.name}: throughput, p50 / p99`, `${((r.latencies.length / r.wallMs) * 1000).toFixed(0)}/s, ${ms(percentile(r.latencies, 50))} / ${ms(percentile(r.latencies, 99))}`));
        if (r.failures > 0) rows.push(row('2 submissions', `${at} ${s.name}: failed requests`, `${r.failures} (${r.firstFailure ?? ''})`, '0', false, true));
      }
      const p99 = (s: Scenario) => percentile(s.results[i]!.latencies, 99);
      const vsBaseline = p99(empty) / p99(baseline);
      const vsEmpty = p99(history) / p99(empty);
      rows.push(row('2 submissions', `${at} p99 CCHC (empty) / minimal SDK bot`, ratio(vsBaseline), `≤ ${ratio(P99_RATIO_GOAL)}`, vsBaseline <= P99_RATIO_GOAL));
      rows.push(row('2 submissions', `${at} p99 with history / empty store`, ratio(vsEmpty), `≤ ${ratio(HISTORY_GOAL)}`, vsEmpty <= HISTORY_GOAL));
    });
    for (const s of [empty, history]) {
      const { lost, duplicates } = await verifyStored(s.dataDir!, units.map((u) => u.id));
      rows.push(row('2 submissions', `${s.name}: submissions lost / duplicated in the store`, `${lost} / ${duplicates}`, '0 / 0', lost === 0 && duplicates === 0, true));
    }
    return rows;
  } finally {
    await Promise.all(scenarios.map((s) => s.server.stop()));
    await rm(dir, { recursive: true, force: true });
  }
}
