/**
 * A CPU profile of the CCHC bot answering card submissions (not part of `npm run bench`):
 * `tsx bench/profile-submissions.ts [requests] [concurrency]` forks bench/servers/cchc-bot.ts with
 * `--cpu-prof` into PROFILE_DIR (default /tmp/cchc-profile), posts the requests, stops it, and prints
 * the self time of the hottest functions. PROFILE_SERVER=floor profiles the durable floor on files instead
 * (bench/servers/baseline-bot.ts with BENCH_FLOOR=file), for a side-by-side reading of the same load.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRoster } from '../src/domain/committee/committee.ts';
import { createInvoke } from '../test/helpers/activities.ts';
import { freshDatabase } from '../test/pg/pg-schema.ts';
import { runLoad } from './lib/load.ts';
import { reportInputs } from './lib/report-text.ts';
import { cityCommittee, writeCommitteeFile } from './lib/roster.ts';
import { teamsUser } from './lib/seed.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REQUESTS = Number(process.argv[2] ?? 2000);
const CONCURRENCY = Number(process.argv[3] ?? 32);
const UNITS = 3000;
const SERVICE_URL = 'http://127.0.0.1:9/';
const profileDir = process.env.PROFILE_DIR ?? '/tmp/cchc-profile';

const dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-profile-'));
// With DATABASE_URL, a database of its own: in the shared one, a second run would profile repeated submissions.
const db = process.env.DATABASE_URL ? await freshDatabase() : undefined;
try {
  const committeeFile = await writeCommitteeFile(dir, UNITS);
  const roster = createRoster(cityCommittee(UNITS));
  const bodies = roster.committee.units.slice(0, REQUESTS).map((unit, i) =>
    JSON.stringify(createInvoke(teamsUser(roster.member(unit.head)!), 'report.submit', { cycleId: '2026-q4', unitId: unit.id, ...reportInputs(unit, 2000, i) }, SERVICE_URL)),
  );
  await rm(profileDir, { recursive: true, force: true });
  const floor = process.env.PROFILE_SERVER === 'floor';
  if (floor) await mkdir(path.join(dir, 'floor'));
  const child = fork(path.join(HERE, 'servers', floor ? 'baseline-bot.ts' : 'cchc-bot.ts'), [], {
    execArgv: ['--import', 'tsx', '--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    env: floor
      ? { ...process.env, BENCH_FLOOR: 'file', BENCH_FLOOR_DIR: path.join(dir, 'floor'), DATABASE_URL: '' }
      : { ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: db?.url ?? '', COMMITTEE_FILE: committeeFile, PORT: '0', SCHEDULER_CRON: '', LOG_LEVEL: 'info', BENCH_SERVICE_URL: SERVICE_URL },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve) => child.once('message', (m: { url: string }) => resolve(m.url)));
  const warm = await runLoad(url, bodies.slice(0, 100), 8, (s) => s === 200);
  const result = await runLoad(url, bodies.slice(100), CONCURRENCY, (s) => s === 200);
  console.log(`warm-up failures ${warm.failures}; ${result.latencies.length} requests in ${result.wallMs.toFixed(0)} ms = ${((result.latencies.length / result.wallMs) * 1000).toFixed(0)}/s, failures ${result.failures} ${result.firstFailure ?? ''}`);
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.send('stop');
  });
  const [file] = (await readdir(profileDir)).filter((f) => f.endsWith('.cpuprofile'));
  const profile = JSON.parse(await readFile(path.join(profileDir, file!), 'utf8')) as {
    nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number }>;
    samples: number[];
  };
  const total = profile.samples.length;
  const self = new Map<string, number>();
  for (const n of profile.nodes) {
    const where = n.callFrame.url.replace(/^.*node_modules\//, '~/').replace(/^file:\/\/.*\/src\//, 'src/');
    const key = `${n.callFrame.functionName || '(anon)'} ${where}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + n.hitCount);
  }
  for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
} finally {
  await db?.drop();
  await rm(dir, { recursive: true, force: true });
}
