// Start-up errors through the real entry point (src/main.ts in a child process): a bad data file or
// variable stops the start with exit code 1 and a message naming what to fix — never a stack trace.
import { expect } from 'chai';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BotProcess } from './helpers/bot-process.ts';

/** Starts the bot expecting it to refuse; returns its stderr once it exited with code 1. */
async function refusedStart(dataDir: string, env: Record<string, string>, { beforeListening = true } = {}): Promise<string> {
  const bot = await BotProcess.start({ dataDir, env, waitReady: false });
  const exit = await bot.exited;
  const stderr = bot.stderr.join('\n');
  expect(exit.code, stderr).to.equal(1);
  // A stack trace would show "    at file:line"; the operator's fix is in the message alone.
  expect(stderr).to.not.match(/^\s+at /m);
  // Data files and variables are read before the server binds; the cron expression only when the scheduler starts.
  if (beforeListening) expect(bot.stdout.join('\n')).to.not.include('listening');
  return stderr;
}

describe('start-up errors stop the bot with the file, the entry and the field (child process)', function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-start-up-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a bad data/holidays.json: names the file, the entry and the field, and says what to do', async () => {
    const holidays = JSON.parse(await readFile('data/holidays.json', 'utf8')) as { years: Record<string, { holidays: Array<{ date: string }> }> };
    holidays.years['2026']!.holidays[1]!.date = '2026-02-30';
    const file = path.join(dir, 'holidays.json');
    await writeFile(file, JSON.stringify(holidays, null, 2));
    const stderr = await refusedStart(path.join(dir, 'state-1'), { HOLIDAYS_FILE: file });
    expect(stderr).to.include(file).and.include('years.2026.holidays[1].date').and.include('2026-02-30');
    expect(stderr).to.include('yyyy-mm-dd').and.include('restart');
  });

  it('a bad data/committee.json: names the file, the member and the field', async () => {
    const committee = JSON.parse(await readFile('data/committee.json', 'utf8')) as { members: Array<{ id: string; email: string }> };
    committee.members[3]!.email = 'thu-ky.example.gov.vn';
    const file = path.join(dir, 'committee.json');
    await writeFile(file, JSON.stringify(committee, null, 2));
    const stderr = await refusedStart(path.join(dir, 'state-3'), { COMMITTEE_FILE: file });
    expect(stderr).to.include(file).and.include(`members[3] (${committee.members[3]!.id})`).and.include('"email"').and.include('thu-ky.example.gov.vn');
  });

  it('bad variables: every problem listed in both languages, with what to do', async () => {
    const stderr = await refusedStart(path.join(dir, 'state-4'), { PORT: 'abc', WORK_START: '7h' });
    expect(stderr).to.include('PORT="abc"').and.include('WORK_START="7h"').and.include('invalid configuration').and.include('README');
  });

  it('a bad SCHEDULER_CRON: names the variable and an example', async () => {
    const stderr = await refusedStart(path.join(dir, 'state-5'), { SCHEDULER_CRON: 'every minute please' }, { beforeListening: false });
    expect(stderr).to.include('SCHEDULER_CRON="every minute please"').and.include('* * * * *');
  });
});
