import { Writable } from 'node:stream';
import { readConfig } from '../../src/config.ts';
import { startBot } from '../../src/create-bot.ts';
import { createLogger } from '../../src/logging/logger.ts';

/** Starts a bot with `env` (plus a quiet logger) and resolves with the error that stopped the start, or undefined. */
export async function startError(env: Record<string, string>): Promise<{ code?: string; message?: string } | undefined> {
  const config = readConfig({ PORT: '0', SCHEDULER_CRON: '', ...env });
  const quiet = new Writable({ write: (_c, _e, done) => done() });
  try {
    const bot = await startBot(config, { logger: createLogger('silent', quiet) });
    await bot.stop();
    return undefined;
  } catch (error) {
    return error as { code?: string; message?: string };
  }
}
