/**
 * The real bot for the submission benchmark, in its own process: startBot with the environment
 * the parent gives (DATA_DIR, COMMITTEE_FILE, PORT=0), production logger at info, every member's
 * conversation reference and the open quarter IV/2026 stored before it reports ready.
 */
import { readConfig } from '../../src/config.ts';
import { startBot } from '../../src/create-bot.ts';
import { serveUntilStopped } from '../lib/child.ts';
import { quarterCycle, seedRefs } from '../lib/seed.ts';
import { STANDING } from '../lib/roster.ts';

const NOW = new Date('2026-12-01T02:00:00Z');

const bot = await startBot(readConfig(process.env), { clock: () => NOW });
await seedRefs(bot.app.refs, bot.app.roster, process.env.BENCH_SERVICE_URL ?? 'http://127.0.0.1:9/');
await bot.app.cycles.createIfAbsent(quarterCycle({ year: 2026, quarter: 4 }, bot.app.roster, '2026-12-10', STANDING));
serveUntilStopped(`${bot.url}/api/messages`, () => bot.stop());
