import { existsSync } from 'node:fs';
import { readConfig } from './config.ts';
import { isStartUpError } from './errors/coded-error.ts';
import { startBot } from './create-bot.ts';

/** Entry point: read config, start, and stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  // A local .env (never committed) fills the environment; variables already set win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = readConfig();
  const bot = await startBot(config);
  if (!config.bot) {
    console.log(`CCHC Bot (chế độ cục bộ / local mode): ${bot.url}/api/messages — mail ghi vào ${config.dataDir}/outbox`);
    console.log(`Trang tổng quan / dashboard tab: ${bot.url}/tab/ (chọn thành viên / pick a member)`);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    bot.app.logger.info({ signal }, 'stopping');
    const timer = setTimeout(() => {
      bot.app.logger.error('in-flight work did not finish in 10 s; exiting');
      process.exit(1);
    }, 10_000);
    await bot.stop();
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  // A start-up code means the operator fixes a file or a variable: the message and what to do, no stack.
  // Anything else is a bug or a failing dependency, so its stack is printed.
  if (isStartUpError(error)) {
    console.error(error.remedy ? `${error.message}\n→ ${error.remedy}` : error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
