import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { BotProcess } from './helpers/bot-process.ts';
import { CycleDriver } from './helpers/cycle-driver.ts';
import { readSubmission } from './helpers/state-files.ts';

describe('promise 8 — graceful shutdown on SIGTERM (child process)', function () {
  this.timeout(60_000);
  const connector = new FakeConnector();
  let dataDir: string;

  before(async () => {
    await connector.start();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-rel-term-'));
  });
  after(async () => {
    await connector.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops accepting, finishes the in-flight turn and its writes, stops the scheduler, and exits 0', async () => {
    // The scheduler runs (every minute) so that stopping it is part of the shutdown under test.
    const bot = await BotProcess.start({ dataDir, env: { SCHEDULER_CRON: '* * * * *' } });
    const d = new CycleDriver(bot, connector);
    await d.until(() => bot.logs().some((l) => l.msg === 'scheduler started'), 'the scheduler to start');
    await d.openQuarter();
    await d.install('truong-van-xa');
    // The reply of the next message is held by a slow Bot Connector: the turn is in flight when SIGTERM arrives.
    let held = false;
    connector.faultFor = (call) => {
      if (held || !JSON.stringify(call.body).includes('Thông tin thành viên')) return undefined;
      held = true;
      return { status: 200, delayMs: 1500 };
    };
    const inFlight = d.say('truong-van-xa', 'tôi là ai');
    await d.until(() => held, 'the turn to reach the Bot Connector');
    const submitted = d.submit('truong-van-xa', 'van-xa', 'Gửi ngay trước khi tắt');
    await new Promise((r) => setTimeout(r, 100));
    bot.child.kill('SIGTERM');
    await d.until(() => bot.logs().some((l) => l.msg === 'stopping'), 'the bot to log that it is stopping');
    const refused = await fetch(`${bot.url}/healthz`).then(
      () => false,
      () => true,
    );
    expect(refused, 'a new connection after SIGTERM').to.equal(true);
    const answer = await inFlight;
    expect(answer.status).to.equal(200);
    expect((await submitted).status).to.equal(200);
    expect(d.textTo('truong-van-xa')).to.include('Thông tin thành viên');
    const exit = await bot.exited;
    expect(exit).to.deep.equal({ code: 0, signal: null });
    expect((await readSubmission(dataDir, d.cycleId, 'van-xa'))!.versions).to.have.length(1);
    expect(bot.logs().some((l) => l.msg === 'in-flight work did not finish in 10 s; exiting')).to.equal(false);
  });
});
