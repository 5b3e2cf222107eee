import { expect } from 'chai';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../reliability/helpers/bot-process.ts';
import { PRODUCTION_SECRET, productionEnv } from '../reliability/helpers/production.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** What a deployment carries: the build output, the data the code reads, and the manifests to install from. */
const SHIPPED = ['package.json', 'package-lock.json', 'dist', 'cards', 'data/committee.json', 'data/holidays.json'];
const DEV_ONLY = ['typescript', 'tsx', '@microsoft/m365agentsplayground', 'playwright-core', 'mocha'];

describe('the built bot, installed with production dependencies only (npm ci --omit=dev)', function () {
  this.timeout(300_000);
  let dir: string;

  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-release-'));
    for (const item of SHIPPED) cpSync(path.join(ROOT, item), path.join(dir, item), { recursive: true });
    execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has none of the development tools installed', () => {
    for (const name of DEV_ONLY) expect(existsSync(path.join(dir, 'node_modules', name)), name).to.equal(false);
  });

  it(`starts with node ${process.version} dist/main.js in production mode, answers /healthz, and stops cleanly on SIGTERM`, async () => {
    const port = await freePort();
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...productionEnv(), PORT: String(port), DATA_DIR: path.join(dir, 'state'), SCHEDULER_CRON: '' };
    const child = spawn(process.execPath, ['dist/main.js'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout.on('data', (b: Buffer) => output.push(b.toString()));
    child.stderr.on('data', (b: Buffer) => output.push(b.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      let health: Response | undefined;
      for (const deadline = Date.now() + 30_000; !health && Date.now() < deadline && child.exitCode === null; ) {
        health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
        if (!health) await new Promise((r) => setTimeout(r, 50));
      }
      expect(health?.status, output.join('')).to.equal(200);
      const body = await health!.text();
      expect(JSON.parse(body)).to.include({ status: 'ok', mode: 'azure' });
      expect(body).to.not.include(PRODUCTION_SECRET);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, output.join('')).to.equal(0);
  });
});
