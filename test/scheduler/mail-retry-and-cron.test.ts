import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../src/config.ts';
import { startBot } from '../../src/create-bot.ts';
import { SchedulerConfigError } from '../../src/scheduler/scheduler.ts';
import { TestBot } from '../helpers/test-bot.ts';
import { MessageLog, SimClock, everyone, submit } from './sim-helpers.ts';
import { FakeGraph } from '../helpers/fake-graph.ts';

describe('scheduler: queued report mail and the cron tick', function () {
  this.timeout(30_000);

  it('sends a queued report on a later tick, marks the cycle sent and tells the standing member once', async () => {
    const clock = new SimClock(new Date('2026-12-01T02:00:00Z'));
    const t = await TestBot.start({ withGraph: true, now: () => clock.now });
    try {
      for (const id of everyone(t)) await t.install(t.user(id));
      await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026');
      await t.bot.app.tasks.idle();
      await submit(t, 'tong-hop');
      clock.set('2026-12-14', '09:00');
      let graphDown = true;
      t.graph.faultFor = (call) => (graphDown && FakeGraph.isMailWrite(call) ? { status: 403 } : undefined);
      const queued = await t.click(t.user('thuong-truc'), 'report.send', { cycleId: '2026-q4' });
      expect(JSON.stringify(queued.value)).to.not.include('Đã gửi báo cáo tổng hợp đến');
      expect((await t.bot.app.cycles.get('2026-q4'))!.state).to.equal('compiled');
      const log = new MessageLog(t);
      log.skip();
      await t.bot.scheduler.tick(clock.now);
      expect((await t.bot.app.cycles.get('2026-q4'))!.state, 'still failing: still queued').to.equal('compiled');
      graphDown = false;
      clock.set('2026-12-14', '09:01');
      await t.bot.scheduler.tick(clock.now);
      clock.set('2026-12-14', '09:02');
      await t.bot.scheduler.tick(clock.now);
      log.collect('after');
      expect((await t.bot.app.cycles.get('2026-q4'))!.state).to.equal('sent');
      expect(t.graph.sentMails()).to.have.length(1);
      const notices = log.entries.filter((e) => e.text.includes('(đang chờ trong hộp thư đi) đã được gửi'));
      expect(notices.map((n) => n.member)).to.deep.equal(['thuong-truc']);
    } finally {
      await t.stop();
    }
  });

  it('refuses a bad SCHEDULER_CRON at start, and a running cron scheduler stops with the bot', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-cron-'));
    const base = { DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' };
    let error: unknown;
    try {
      await startBot(readConfig({ ...base, SCHEDULER_CRON: 'every minute please' }));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(SchedulerConfigError);
    expect((error as Error).message).to.include('SCHEDULER_CRON');
    const bot = await startBot(readConfig({ ...base, SCHEDULER_CRON: '0 0 1 1 *' }));
    await bot.stop();
    const after = await bot.scheduler.tick(new Date('2026-12-07T01:30:00Z'));
    expect(after.performed, 'a stopped scheduler starts no job').to.deep.equal([]);
    await rm(dataDir, { recursive: true, force: true });
  });
});
