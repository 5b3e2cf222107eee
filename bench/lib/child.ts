import { fork, type ChildProcess } from 'node:child_process';

/** A server started in its own Node.js process (TypeScript through tsx), reporting its URL over IPC. */
export interface ChildServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Forks `script`, waits for its `{ url }` message; rejects if it exits or errs first. */
export async function startChild(script: string, env: Record<string, string>, timeoutMs = 300_000): Promise<ChildServer> {
  const child = fork(script, [], { execArgv: ['--import', 'tsx'], env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not report ready within ${timeoutMs} ms`)), timeoutMs);
    child.once('message', (message: { url?: string; error?: string }) => {
      clearTimeout(timer);
      if (message.url) resolve(message.url);
      else reject(new Error(`${script}: ${message.error ?? 'no url'}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready`));
    });
  });
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send('stop');
      }),
  };
}

/** In a child: reports the URL to the parent and runs `stop` when asked, then exits. */
export function serveUntilStopped(url: string, stop: () => Promise<void>): void {
  process.on('message', (message) => {
    if (message !== 'stop') return;
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
  process.send?.({ url });
}
