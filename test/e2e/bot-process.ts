/**
 * Runs the real bot (src/main.ts) as a child process in anonymous local mode for end-to-end tests:
 * a free port, a throwaway data folder, no scheduler, and no credentials inherited from the shell.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlaygroundHarnessError, freePort } from './playground-harness.ts';

/** Repository root (the bot's cwd, so data/committee.json and cards/ resolve as with `npm start`). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Variables that would switch the bot out of local mode (real Azure Bot / Graph / production). */
const CREDENTIAL_VARS = [
  'CLIENT_ID', 'CLIENT_SECRET', 'TENANT_ID', 'MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID',
  'clientId', 'clientSecret', 'tenantId', 'GRAPH_CLIENT_ID', 'GRAPH_CLIENT_SECRET', 'GRAPH_TENANT_ID', 'MAIL_SENDER', 'NODE_ENV', 'HOST', 'DATA_DIR', 'PORT',
];

/** A running bot child process. */
export interface BotProcess {
  /** Messaging endpoint, e.g. http://127.0.0.1:41234/api/messages. */
  url: string;
  dataDir: string;
  /** Everything it printed (pino JSON lines), for failure messages. */
  output(): string;
  /** Stops it (SIGTERM, then SIGKILL after 5 s), writes its output to `logFile` if given, removes the data folder. */
  stop(logFile?: string): Promise<void>;
}

/** Starts `node --import tsx src/main.ts` and resolves once GET /healthz answers 200. */
export async function startBotProcess(timeoutMs = 90_000): Promise<BotProcess> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-e2e-data-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CREDENTIAL_VARS) delete env[name];
  Object.assign(env, { PORT: String(port), DATA_DIR: dataDir, SCHEDULER_CRON: '' });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stdout?.setEncoding('utf8').on('data', (t: string) => (printed += t));
  child.stderr?.setEncoding('utf8').on('data', (t: string) => (printed += t));
  const base = `http://127.0.0.1:${port}`;
  const bot: BotProcess = { url: `${base}/api/messages`, dataDir, output: () => printed, stop: (logFile) => stopChild(child, dataDir, () => printed, logFile) };
  try {
    await waitForHealth(base, child, () => printed, timeoutMs);
  } catch (error) {
    await bot.stop();
    throw error;
  }
  return bot;
}

async function waitForHealth(base: string, child: ChildProcess, printed: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new PlaygroundHarnessError(`The bot exited (code ${child.exitCode}) while starting. Output:\n${printed()}`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) return;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      // Not listening yet: keep polling until the deadline.
      lastProblem = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new PlaygroundHarnessError(`The bot did not answer ${base}/healthz within ${timeoutMs} ms (${lastProblem}). Output:\n${printed()}`);
}

async function stopChild(child: ChildProcess, dataDir: string, printed: () => string, logFile?: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    await new Promise<void>((resolve) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
  if (logFile) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    fs.writeFileSync(logFile, printed(), 'utf8');
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
