import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TickSummary } from '../../../src/scheduler/run-due-jobs.ts';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bot-instance.ts');

/** A bot instance in a child process (test/pg/helpers/bot-instance.ts), driven over HTTP and IPC. */
export class Instance {
  #ticks = 0;
  readonly exited: Promise<number | null>;

  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
    readonly url: string,
  ) {
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
      else child.once('exit', (code) => resolve(code));
    });
  }

  /** Forks an instance and waits until it listens. */
  static async start(name: string, env: Record<string, string>): Promise<Instance> {
    const child = fork(SCRIPT, [], { execArgv: ['--import', 'tsx'], env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', process.env.INSTANCE_LOGS ? 'inherit' : 'ignore', 'inherit', 'ipc'] });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        // Not left running: a live child would keep mocha from exiting.
        child.kill('SIGKILL');
        reject(new Error(`${name} did not start within 60 s`));
      }, 60_000);
      child.once('message', (m: { type: string; url: string }) => {
        clearTimeout(timer);
        resolve(m.url);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited with ${code} during start`));
      });
    });
    return new Instance(name, child, url);
  }

  /** POSTs an activity to /api/messages as Teams would. */
  async post(activity: unknown): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  /** Runs one scheduler tick at simulated time `at` and resolves with what it did. */
  tick(at: Date): Promise<TickSummary> {
    const id = ++this.#ticks;
    return new Promise((resolve, reject) => {
      const onMessage = (m: { type: string; id: number; summary?: TickSummary; error?: string }) => {
        if (m.type !== 'ticked' || m.id !== id) return;
        this.child.off('message', onMessage);
        if (m.summary) resolve(m.summary);
        else reject(new Error(`${this.name} tick failed: ${m.error}`));
      };
      this.child.on('message', onMessage);
      this.child.send({ type: 'tick', at: at.toISOString(), id });
    });
  }

  /** SIGKILL: no shutdown, no release of anything it held. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** A clean stop (SIGTERM path: in-flight work finishes). */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.send({ type: 'stop' });
    await this.exited;
  }
}
