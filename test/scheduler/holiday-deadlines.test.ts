import { expect } from 'chai';
import { conversationOf } from '../helpers/activities.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { TestBot } from '../helpers/test-bot.ts';
import { MessageLog, SimClock, days, everyone } from './sim-helpers.ts';

async function openWithDeadline(t: TestBot, text: string): Promise<void> {
  await t.say(t.user('thuong-truc'), text);
  await t.bot.app.tasks.idle();
}

async function simulate(t: TestBot, clock: SimClock, log: MessageLog, from: string, to: string): Promise<void> {
  for (const date of days(from, to)) {
    for (const time of ['08:30', '10:00']) {
      clock.set(date, time);
      await t.bot.scheduler.tick(clock.now);
      log.collect(`${date} ${time}`);
    }
  }
}

describe('scheduler: deadlines that fall on holidays', function () {
  this.timeout(60_000);

  it('Q1/2027 due in Tết (8/2/2027): the deadline moves to Friday 12/2, no message during Tết, failures reported once', async () => {
    const clock = new SimClock(new Date('2027-01-25T02:00:00Z'));
    const t = await TestBot.start({ now: () => clock.now });
    try {
      for (const id of everyone(t).filter((m) => m !== 'truong-du-an')) await t.install(t.user(id));
      await openWithDeadline(t, 'mở báo cáo quý I/2027 hạn 08/02/2027');
      const log = new MessageLog(t);
      log.skip();
      await simulate(t, clock, log, '2027-01-26', '2027-02-19');
      const dates = (member: string, kind = 'reminder') => log.entries.filter((e) => e.kind === kind && e.member === member).map((e) => e.at);
      expect(dates('truong-kinh-te')).to.deep.equal(['2027-02-02 08:30', '2027-02-04 08:30', '2027-02-12 08:30', '2027-02-15 08:30', '2027-02-16 08:30', '2027-02-17 08:30']);
      expect(log.lines('reminder')).to.have.length(6 * 11);
      expect(log.entries.filter((e) => e.at >= '2027-02-05' && e.at < '2027-02-12')).to.deep.equal([]);
      const texts = log.entries.filter((e) => e.kind === 'reminder' && e.member === 'truong-kinh-te').map((e) => e.text);
      expect(texts[1]).to.include('Còn 1 ngày làm việc').and.include('12/02/2027');
      expect(texts[2]).to.include('Hạn cuối hôm nay');
      expect(log.lines('escalation').sort()).to.deep.equal(['2027-02-15 08:30 pho-truong-ban', '2027-02-15 08:30 thuong-truc']);
      // Phòng Dự án never installed the app: each failed rung is reported to the standing member once, in words;
      // the job key goes to the log only.
      const reports = log.entries.filter((e) => e.kind === 'failure-report');
      expect(reports.map((r) => r.at)).to.deep.equal(['2027-02-02 08:30', '2027-02-04 08:30', '2027-02-12 08:30', '2027-02-15 08:30', '2027-02-16 08:30', '2027-02-17 08:30']);
      expect(reports.every((r) => r.member === 'thuong-truc')).to.equal(true);
      expect(reports[0]!.text).to.include('Phòng Dự án').and.include('chưa cài');
      for (const r of reports) expect(r.text).to.not.match(/2027-q1\/|\[[a-z0-9/:-]+\]/);
      expect(t.logLines.some((l) => l.includes('"job":"2027-q1/du-an/before-3"'))).to.equal(true);
    } finally {
      await t.stop();
    }
  });

  it('Q3/2026 due on 2/9: the deadline moves past the National Day break (29/8–2/9) to Thursday 3/9', async () => {
    const clock = new SimClock(new Date('2026-08-24T02:00:00Z'));
    const t = await TestBot.start({ now: () => clock.now });
    try {
      for (const id of everyone(t)) await t.install(t.user(id));
      await openWithDeadline(t, 'mở báo cáo quý III/2026 hạn 02/09/2026');
      const log = new MessageLog(t);
      log.skip();
      await simulate(t, clock, log, '2026-08-25', '2026-09-10');
      const kinhTe = log.entries.filter((e) => e.kind === 'reminder' && e.member === 'truong-kinh-te');
      expect(kinhTe.map((e) => e.at)).to.deep.equal(['2026-08-26 08:30', '2026-08-28 08:30', '2026-09-03 08:30', '2026-09-04 08:30', '2026-09-07 08:30', '2026-09-08 08:30']);
      expect(kinhTe[2]!.text).to.include('03/09/2026').and.include('Hạn cuối hôm nay');
      // Monday 31/8 is a day off by swap (Thông báo 9441/TB-BNV), so the rungs fall on 26/8 and 28/8.
      expect(log.entries.filter((e) => ['2026-08-31', '2026-09-01', '2026-09-02'].some((day) => e.at.startsWith(day)))).to.deep.equal([]);
      expect(log.lines('escalation').sort()).to.deep.equal(['2026-09-04 08:30 pho-truong-ban', '2026-09-04 08:30 thuong-truc']);
      // The quarter was opened by hand: the automatic opening on 3/9 (first working day of September) does nothing.
      expect(log.lines('auto-opened')).to.deep.equal([]);
      expect(FakeConnector.textOf(t.connector.messagesTo(conversationOf(t.user('thuong-truc'))).at(-1)!)).to.not.include('tự động mở');
    } finally {
      await t.stop();
    }
  });
});
