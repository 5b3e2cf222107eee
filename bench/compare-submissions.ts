/**
 * Side by side (not part of `npm run bench`): the durable floor, the CCHC bot of another checkout and the CCHC bot of
 * this one, taking turns in 4 rounds at each concurrency so that drift on a shared machine hits all three alike.
 * `BASE_TREE=/path/to/other/checkout tsx bench/compare-submissions.ts [file|postgres] [1,8,32,64]` (postgres needs
 * DATABASE_URL: each server gets a fresh database). PER (default 400) requests per level, every one a first
 * submission of another unit (~13 KB, as bench/submissions.ts). Prints per server: CPU time of its process per
 * request (user and system apart, from /proc), throughput, p50 / p99, and the ratios to the floor.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRoster } from '../src/domain/committee/committee.ts';
import { createInvoke } from '../test/helpers/activities.ts';
import { freshDatabase } from '../test/pg/pg-schema.ts';
import { startChild, type ChildServer } from './lib/child.ts';
import { runLoad } from './lib/load.ts';
import { reportInputs } from './lib/report-text.ts';
import { cityCommittee, writeCommitteeFile } from './lib/roster.ts';
import { teamsUser } from './lib/seed.ts';
import { percentile } from './lib/stats.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BASE = process.env.BASE_TREE;
if (!BASE) throw new Error('BASE_TREE: the checkout to compare with (its bench/servers/cchc-bot.ts is started)');
const store = process.argv[2] === 'postgres' ? 'postgres' : 'file';
const levels = (process.argv[3] ?? '1,8,32,64').split(',').map(Number);
const PER = Number(process.env.PER ?? 400);
const ROUNDS = 4;
const UNITS = 3000;
const SERVICE_URL = 'http://127.0.0.1:9/';
/** USER_HZ: /proc/<pid>/stat counts CPU time in ticks of 10 ms. */
const TICK_MS = 10;
/** User and system CPU time of a process so far: apart, as the system part is mostly fsync and on this machine's disk it varies 4× within minutes. */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { user: Number(fields[11]) * TICK_MS, system: Number(fields[12]) * TICK_MS };
};

interface Measured {
  latencies: number[];
  wallMs: number;
  failures: number;
  userMs: number;
  systemMs: number;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-compare-'));
const databases: Array<{ url: string; drop(): Promise<void> }> = [];
const servers: Array<{ name: string; server: ChildServer; at: Map<number, Measured> }> = [];
const database = async () => {
  const db = await freshDatabase();
  databases.push(db);
  return db.url;
};
try {
  const committeeFile = await writeCommitteeFile(dir, UNITS);
  const roster = createRoster(cityCommittee(UNITS));
  const bodies = roster.committee.units.map((unit, i) =>
    JSON.stringify(createInvoke(teamsUser(roster.member(unit.head)!), 'report.submit', { cycleId: '2026-q4', unitId: unit.id, ...reportInputs(unit, 2000, i) }, SERVICE_URL)),
  );
  const botEnv = async (name: string) => ({ DATA_DIR: path.join(dir, name), DATABASE_URL: store === 'postgres' ? await database() : '', COMMITTEE_FILE: committeeFile, PORT: '0', SCHEDULER_CRON: '', LOG_LEVEL: 'info', BENCH_SERVICE_URL: SERVICE_URL });
  await mkdir(path.join(dir, 'floor'));
  const floorEnv: Record<string, string> = store === 'postgres' ? { BENCH_FLOOR: 'postgres', DATABASE_URL: await database() } : { BENCH_FLOOR: 'file', BENCH_FLOOR_DIR: path.join(dir, 'floor'), DATABASE_URL: '' };
  servers.push({ name: 'floor', server: await startChild(path.join(HERE, 'servers', 'baseline-bot.ts'), floorEnv), at: new Map() });
  servers.push({ name: 'other', server: await startChild(path.join(BASE, 'bench', 'servers', 'cchc-bot.ts'), await botEnv('other')), at: new Map() });
  servers.push({ name: 'this', server: await startChild(path.join(HERE, 'servers', 'cchc-bot.ts'), await botEnv('this')), at: new Map() });
  for (const s of servers) await runLoad(s.server.url, bodies.slice(0, 100), 8, (status) => status === 200);
  let offset = 100;
  for (const c of levels) {
    const slice = bodies.slice(offset, offset + PER);
    offset += PER;
    const perRound = Math.ceil(PER / ROUNDS);
    for (let r = 0; r < ROUNDS; r++) {
      for (const s of servers) {
        const before = cpuMs(s.server.process.pid!);
        const result = await runLoad(s.server.url, slice.slice(r * perRound, (r + 1) * perRound), c, (status, body) => status === 200 && (s.name === 'floor' || body.includes('Đã nhận báo cáo CCHC')));
        const m = s.at.get(c) ?? { latencies: [], wallMs: 0, failures: 0, userMs: 0, systemMs: 0 };
        m.latencies.push(...result.latencies);
        m.wallMs += result.wallMs;
        m.failures += result.failures;
        const after = cpuMs(s.server.process.pid!);
        m.userMs += after.user - before.user;
        m.systemMs += after.system - before.system;
        s.at.set(c, m);
      }
    }
  }
  const rate = (m: Measured) => (m.latencies.length / m.wallMs) * 1000;
  for (const c of levels) {
    const floor = servers[0]!.at.get(c)!;
    const parts = servers.map(({ name, at }) => {
      const m = at.get(c)!;
      const ratios = name === 'floor' ? '' : ` (${(rate(m) / rate(floor)).toFixed(2)}× throughput, ${(percentile(m.latencies, 99) / percentile(floor.latencies, 99)).toFixed(2)}× p99)`;
      return `${name} ${(m.userMs / m.latencies.length).toFixed(2)} + ${(m.systemMs / m.latencies.length).toFixed(2)} ms CPU (user + system), ${rate(m).toFixed(0)}/s, p50 ${percentile(m.latencies, 50).toFixed(1)} / p99 ${percentile(m.latencies, 99).toFixed(1)} ms${m.failures ? `, ${m.failures} FAILED` : ''}${ratios}`;
    });
    console.log(`${store} c=${c}: ${parts.join(' | ')}`);
  }
} finally {
  for (const s of servers) await s.server.stop();
  for (const db of databases) await db.drop();
  await rm(dir, { recursive: true, force: true });
}
