import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A free TCP port on loopback (the child is told to listen on it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface BotProcessOptions {
  dataDir: string;
  env?: Record<string, string>;
  /** Wait for "listening" (default) or only start the process (for starts expected to fail). */
  waitReady?: boolean;
  /** Headers added to every POST unless the caller gives its own (e.g. the channel's signed token). */
  headersFor?: (activity: unknown) => Promise<Record<string, string>>;
}

/**
 * The real bot as a child process (`node --import tsx src/main.ts`), with its stdout and stderr
 * captured line by line. Only PATH and HOME are inherited, so no credentials leak in from the shell.
 */
export class BotProcess {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  readonly exited: Promise<Exit>;
  readonly child: ChildProcess;
  readonly port: number;
  readonly url: string;
  readonly #headersFor?: BotProcessOptions['headersFor'];

  private constructor(port: number, host: string, options: BotProcessOptions) {
    this.port = port;
    this.#headersFor = options.headersFor;
    this.url = `http://${host}:${port}`;
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: options.dataDir,
      SCHEDULER_CRON: '',
      LOG_LEVEL: 'debug',
      ...options.env,
    };
    this.child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (into: string[]) => {
      let rest = '';
      return (chunk: Buffer) => {
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop() ?? '';
        into.push(...lines.filter(Boolean));
      };
    };
    this.child.stdout!.on('data', collect(this.stdout));
    this.child.stderr!.on('data', collect(this.stderr));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Starts the bot; resolves once it logged that it is listening (or at once when waitReady is false). */
  static async start(options: BotProcessOptions): Promise<BotProcess> {
    const port = await freePort();
    const bot = new BotProcess(port, '127.0.0.1', options);
    if (options.waitReady !== false) {
      try {
        await bot.#ready();
      } catch (error) {
        // A bot that never got ready must not outlive its test: a live child keeps mocha from ever exiting.
        await bot.kill('SIGKILL');
        throw error;
      }
    }
    return bot;
  }

  async #ready(): Promise<void> {
    // Generous: a start takes 1–2 s idle, but tsx compiling on a loaded machine took over 30 s.
    const deadline = Date.now() + 55_000; // under the 60 s of the suites, so the message says what stderr said
    let exit: Exit | undefined;
    void this.exited.then((e) => (exit = e));
    while (!this.stdout.some((l) => l.includes('CCHC Bot is listening'))) {
      if (exit) throw new Error(`bot exited during start (${exit.code ?? exit.signal}): ${this.stderr.join('\n')}`);
      if (Date.now() > deadline) throw new Error(`bot did not start: ${this.stderr.join('\n')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The structured log lines (pino JSON) printed so far. */
  logs(): Array<Record<string, unknown>> {
    return this.stdout.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  /** POSTs an activity to /api/messages; `headers` add or replace request headers. */
  async post(activity: unknown, headers: Record<string, string> = {}, rawBody?: string): Promise<{ status: number; body: unknown }> {
    const signed = this.#headersFor ? await this.#headersFor(activity) : {};
    const response = await fetch(`${this.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...signed, ...headers }, body: rawBody ?? JSON.stringify(activity) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (an HTML error page, a plain 401): the raw text is the body.
      body = text;
    }
    return { status: response.status, body };
  }

  /** Sends a signal and waits for the process to end. */
  async kill(signal: NodeJS.Signals): Promise<Exit> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}
