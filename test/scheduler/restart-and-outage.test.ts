import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TestBot } from '../helpers/test-bot.ts';
import { MessageLog, SimClock, everyone, headsOf, kindOf, UNITS } from './sim-helpers.ts';

async function startWithQuarter(clock: SimClock, options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<TestBot> {
  const t = await TestBot.start({ now: () => clock.now, ...options });
  for (const id of everyone(t)) await t.install(t.user(id));
  return t;
}

async function openQ4(t: TestBot, clock: SimClock): Promise<void> {
  clock.set('2026-12-01', '09:00');
  await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026');
  await t.bot.app.tasks.idle();
}

describe('scheduler: restarts, outages and quiet hours', function () {
  this.timeout(60_000);

  it('a restart in the middle of a reminder round sends the rest once: no duplicate, none lost', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-restart-'));
    const clock = new SimClock(new Date('2026-12-01T02:00:00Z'));
    try {
      const first = await startWithQuarter(clock, { dataDir });
      await openQ4(first, clock);
      clock.set('2026-12-07', '08:30');
      let reminders = 0;
      first.connector.faultFor = (call) => {
        // Shutdown begins while the fourth reminder is on the wire (SIGTERM mid-round).
        if (kindOf(call) === 'reminder' && ++reminders === 4) void first.bot.scheduler.stop();
        return undefined;
      };
      const interrupted = await first.bot.scheduler.tick(clock.now);
      expect(interrupted.performed).to.have.length(4);
      const firstRecipients = first.connector.calls.filter((c) => kindOf(c) === 'reminder').map((c) => c.conversationId);
      await first.stop();

      const second = await startWithQuarter(clock, { dataDir });
      try {
        // A crash (not a clean stop) could leave a claim without an outcome: it is reported, never resent blindly.
        await second.bot.app.store.update<{ entries: Record<string, unknown> }>('jobs', 'cycle-2026-q4', (doc) => ({
          entries: { ...doc!.entries, 'trung-tam-cong-bao.before-3': { status: 'sending', job: '2026-q4/trung-tam-cong-bao/before-3', what: 'Quý IV/2026 — nhắc Trung tâm Công báo', run: 'crashed-run', at: clock.now.toISOString() } },
        }));
        const log = new MessageLog(second);
        log.skip();
        const resumed = await second.bot.scheduler.tick(clock.now);
        log.collect('resume');
        expect(resumed.performed).to.have.length(7);
        const secondRecipients = second.connector.calls.filter((c) => kindOf(c) === 'reminder').map((c) => c.conversationId);
        const all = [...firstRecipients, ...secondRecipients];
        expect(new Set(all).size, 'no unit reminded twice').to.equal(all.length);
        expect(all).to.have.length(11);
        const unreminded = headsOf(second, UNITS).filter((head) => !all.includes(`a:personal-${second.bot.app.roster.member(head)!.aadObjectId}`));
        expect(unreminded).to.deep.equal(['truong-trung-tam-cong-bao']);
        const report = log.entries.filter((e) => e.kind === 'failure-report');
        expect(report.map((r) => r.member)).to.deep.equal(['thuong-truc']);
        expect(report[0]!.text).to.include('Trung tâm Công báo').and.include('không xác định được tin đã đến').and.not.include('2026-q4/');
        // Later ticks the same morning: nothing new, and the interrupted claim is not reported again.
        clock.set('2026-12-07', '10:00');
        await second.bot.scheduler.tick(clock.now);
        log.collect('later');
        expect(log.entries.filter((e) => e.at === 'later')).to.deep.equal([]);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('after a three-day outage each unit gets one catch-up reminder, not three', async () => {
    const clock = new SimClock(new Date('2026-12-01T02:00:00Z'));
    const t = await startWithQuarter(clock);
    try {
      await openQ4(t, clock);
      const log = new MessageLog(t);
      log.skip();
      // Down from Friday 4/12 to Wednesday 9/12 (three working days: 7, 8, 9/12); back on the deadline day.
      clock.set('2026-12-10', '10:15');
      await t.bot.scheduler.tick(clock.now);
      log.collect('catch-up');
      clock.set('2026-12-10', '10:16');
      await t.bot.scheduler.tick(clock.now);
      log.collect('next-minute');
      const reminders = log.entries.filter((e) => e.kind === 'reminder');
      expect(reminders.map((r) => r.member).sort()).to.deep.equal(headsOf(t, UNITS).sort());
      expect(reminders.every((r) => r.at === 'catch-up')).to.equal(true);
      expect(reminders[0]!.text).to.include('Hạn cuối hôm nay').and.include('gộp cả các lần nhắc trước');
      const ledger = await t.bot.app.store.get<{ entries: Record<string, { status: string }> }>('jobs', 'cycle-2026-q4');
      expect(Object.keys(ledger!.entries).filter((k) => k.startsWith('kinh-te.')).sort()).to.deep.equal(['kinh-te.before-1', 'kinh-te.before-3', 'kinh-te.due']);
    } finally {
      await t.stop();
    }
  });

  it('quiet hours: nothing before the start of work, after it ends or on a day off; a late reminder time waits for the next morning', async () => {
    const clock = new SimClock(new Date('2026-12-01T02:00:00Z'));
    const t = await startWithQuarter(clock, { env: { REMINDER_TIME: '18:00' } });
    try {
      await openQ4(t, clock);
      const log = new MessageLog(t);
      log.skip();
      for (const [date, time] of [['2026-12-05', '10:00'], ['2026-12-07', '07:00'], ['2026-12-07', '18:00'], ['2026-12-07', '23:00'], ['2026-12-08', '07:29']]) {
        clock.set(date!, time!);
        await t.bot.scheduler.tick(clock.now);
        log.collect(`${date} ${time}`);
      }
      expect(log.entries).to.deep.equal([]);
      clock.set('2026-12-08', '07:30');
      const summary = await t.bot.scheduler.tick(clock.now);
      log.collect('2026-12-08 07:30');
      expect(summary.sendingAllowed).to.equal(true);
      expect(log.lines('reminder')).to.have.length(12);
      expect(log.entries.every((e) => e.at === '2026-12-08 07:30')).to.equal(true);
    } finally {
      await t.stop();
    }
  });
});
