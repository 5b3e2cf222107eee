/**
 * One bot instance for the multi-instance test, in its own process: the real startBot on the environment
 * the parent gives (DATABASE_URL, COMMITTEE_FILE, PORT=0), with a clock the parent sets and scheduler ticks
 * the parent triggers over IPC, so three instances tick at the same simulated moment.
 */
import { readConfig } from '../../../src/config.ts';
import { startBot } from '../../../src/create-bot.ts';

type Command = { type: 'tick'; at: string; id: number } | { type: 'stop' };

let now = new Date(process.env.SIM_NOW ?? '2026-12-01T02:00:00Z');
const bot = await startBot(readConfig(process.env), { clock: () => now });

process.on('message', (message: Command) => {
  if (message.type === 'tick') {
    now = new Date(message.at);
    bot.scheduler.tick(now).then(
      (summary) => process.send?.({ type: 'ticked', id: message.id, summary }),
      (error: unknown) => process.send?.({ type: 'ticked', id: message.id, error: String(error) }),
    );
  } else if (message.type === 'stop') {
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  }
});
process.send?.({ type: 'ready', url: bot.url });
