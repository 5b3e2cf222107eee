import { spawn, spawnSync } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cityCommittee, writeCommitteeFile } from './lib/roster.ts';
import { storedRef, writeDoc } from './lib/seed.ts';
import { mib, seconds } from './lib/stats.ts';
import { row, type Row } from './lib/table.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nobody listens on right now (the bot is told to use it, so /healthz can be polled from the start). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) * 1024;
}

/** How the bot is started: the built JavaScript as production runs it, or the sources through tsx. */
const BUILT = ['dist/main.js'];
const FROM_SOURCE = ['--import', 'tsx', 'src/main.ts'];

/** Starts the bot (`args` after node); cold start to the first 200 on /healthz, then idle RSS. */
async function measureStart(env: Record<string, string>, args: string[] = BUILT): Promise<{ coldMs: number; idleRss: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), NODE_ENV: 'development' }, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    let coldMs = Number.NaN;
    while (performance.now() - started < 60_000 && child.exitCode === null) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) {
        coldMs = performance.now() - started;
        break;
      }
      await sleep(5);
    }
    if (Number.isNaN(coldMs)) throw new Error(`the bot did not answer /healthz (exit code ${child.exitCode})`);
    await sleep(3000);
    return { coldMs, idleRss: await rssOf(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
  }
}

/** Footprint of the built start (`npm run build`, then `node dist/main.js`) with the demo committee and with a city of 3,000 units whose heads all have a conversation reference; the tsx start for comparison. */
export async function footprintBench(): Promise<Row[]> {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error(`npm run build failed (exit code ${build.status})`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-bench-footprint-'));
  try {
    const demo = await measureStart({ DATA_DIR: path.join(dir, 'demo') });
    const source = await measureStart({ DATA_DIR: path.join(dir, 'source') }, FROM_SOURCE);
    const cityDir = path.join(dir, 'city');
    const committee = cityCommittee(3000);
    for (const member of committee.members) await writeDoc(cityDir, 'conversations', member.id, storedRef(member, 'http://127.0.0.1:9/'));
    const city = await measureStart({ DATA_DIR: cityDir, COMMITTEE_FILE: await writeCommitteeFile(dir, 3000) });
    return [
      row('4 footprint', `built start (node ${process.version} dist/main.js): cold start to first 200 on /healthz, demo committee`, seconds(demo.coldMs), '< 0.8 s', demo.coldMs < 800),
      row('4 footprint', 'built start: idle RSS 3 s after start, demo committee', mib(demo.idleRss), '< 100 MB', demo.idleRss < 100 * 1024 * 1024),
      row('4 footprint', 'built start, 3,000 units: cold start / idle RSS', `${seconds(city.coldMs)} / ${mib(city.idleRss)}`),
      row('4 footprint', 'from source through tsx (npm run start:dev), demo committee: cold start / idle RSS', `${seconds(source.coldMs)} / ${mib(source.idleRss)}`),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
