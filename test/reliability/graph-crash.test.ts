import { expect } from 'chai';
import { eventTransactionId } from '../../src/graph/calendar-events.ts';
import type { GraphCall } from '../helpers/fake-graph.ts';
import { CycleDriver } from './helpers/cycle-driver.ts';
import { sentMails } from './helpers/graph-mail.ts';
import { ProductionPath } from './helpers/production-path.ts';
import { novemberWeekday } from './helpers/roster-users.ts';

const DRAFT = (c: GraphCall) => c.method === 'POST' && /\/messages$/.test(c.path);
const SEND = (c: GraphCall) => c.method === 'POST' && /\/messages\/[^/]+\/send$/.test(c.path);
const EVENT = (c: GraphCall) => c.method === 'POST' && /\/events$/.test(c.path);

/** Runs `request`, which the bot's death interrupts; the error is the expected connection reset. */
async function interrupted(request: Promise<unknown>): Promise<void> {
  const outcome = await request.then(
    () => 'answered',
    (error: unknown) => String((error as Error).cause ?? error),
  );
  expect(outcome, 'the request should have died with the bot').to.not.equal('answered');
}

describe('promise 5 — every Graph write exactly once across SIGKILL (production child, Graph double)', function () {
  this.timeout(90_000);
  let path: ProductionPath;

  afterEach(async () => {
    await path.stop();
  });

  /** A quarter with one submission, compiled: the next click sends the report mail. */
  async function compiledQuarter(): Promise<CycleDriver> {
    path = await new ProductionPath().start();
    const driver = new CycleDriver(path.bot, path.connector);
    for (const id of ['thuong-truc', 'truong-ban', 'truong-van-xa']) await driver.install(id);
    await driver.openQuarter();
    await driver.until(() => driver.textTo('truong-van-xa').includes('report.submit'), 'the report card');
    await driver.submit('truong-van-xa', 'van-xa', 'Kết quả quý IV');
    await driver.say('thuong-truc', `tổng hợp IV/${driver.year}`);
    return driver;
  }

  /** Clicks "send" with the bot killed at the hooked step, restarts it, clicks again. */
  async function sendKilledAt(driver: CycleDriver, arm: () => void): Promise<string> {
    arm();
    await interrupted(driver.click('thuong-truc', 'report.send', { cycleId: driver.cycleId }));
    path.graph.onArrival = undefined;
    path.graph.onWorkDone = undefined;
    await path.startBot();
    const again = await new CycleDriver(path.bot, path.connector).click('thuong-truc', 'report.send', { cycleId: driver.cycleId });
    return JSON.stringify(again.value);
  }

  const oneReportMail = () => {
    const mails = sentMails(path.graph);
    expect(mails).to.have.length(1);
    expect(mails[0]!.to).to.deep.equal(['truongban@vanphong.example.gov.vn']);
    expect(mails[0]!.attachments.map((a) => a.name)).to.have.length(1);
    expect(mails[0]!.attachments[0]!.name).to.match(/\.docx$/);
    expect(Buffer.from(mails[0]!.attachments[0]!.contentBytes, 'base64').subarray(0, 2).toString()).to.equal('PK');
  };

  const mailCrashes: Array<{ title: string; hook: 'onWorkDone' | 'onArrival'; at: (c: GraphCall) => boolean; then: () => void }> = [
    {
      title: 'killed after Graph made the draft, before its id was recorded: one mail (the first draft stays unsent)',
      hook: 'onWorkDone',
      at: DRAFT,
      then: () => expect(path.graph.unsentDrafts()).to.equal(1),
    },
    {
      title: 'killed with the draft recorded, as its send arrives: the restart finds a draft and sends it — one mail',
      hook: 'onArrival',
      at: SEND,
      then: () => expect(path.graph.unsentDrafts()).to.equal(0),
    },
    {
      title: 'killed after Graph sent it, before the bot heard: the restart finds it sent and never sends again — one mail',
      hook: 'onWorkDone',
      at: SEND,
      then: () => expect(path.graph.sentMails()[0]!.sendRequests).to.equal(1),
    },
  ];
  for (const crash of mailCrashes) {
    it(crash.title, async () => {
      const driver = await compiledQuarter();
      const text = await sendKilledAt(driver, () => {
        path.graph[crash.hook] = async (call) => {
          if (crash.at(call)) await path.bot.kill('SIGKILL');
        };
      });
      expect(text).to.include('Đã gửi báo cáo tổng hợp');
      oneReportMail();
      crash.then();
    });
  }

  /** The secretary schedules a meeting; members already installed get its card. */
  async function meetingDriver(): Promise<CycleDriver> {
    path = await new ProductionPath().start();
    const driver = new CycleDriver(path.bot, path.connector);
    for (const id of ['thu-ky', 'truong-ban', 'truong-kinh-te', 'truong-van-xa']) await driver.install(id);
    return driver;
  }

  const cardsTo = (driver: CycleDriver, memberId: string) => driver.textTo(memberId).split('\n').filter((x) => x.includes('meeting.attend')).length;

  it('killed after Graph created the event, before the bot recorded it: reconciled at start with the same transactionId — one event, one card each', async () => {
    const driver = await meetingDriver();
    path.graph.onWorkDone = async (call) => {
      if (EVENT(call)) await path.bot.kill('SIGKILL');
    };
    await interrupted(driver.say('thu-ky', `họp ${novemberWeekday(driver.year)} 9:00 60 phút tại Phòng họp 2: Đánh giá CCHC`));
    path.graph.onWorkDone = undefined;
    await path.startBot();
    const after = new CycleDriver(path.bot, path.connector);
    await after.until(() => path.bot.logs().some((l) => l.msg === 'meeting creation in doubt reconciled'), 'the reconciliation at start');
    expect(cardsTo(after, 'truong-van-xa')).to.equal(1);
    expect(cardsTo(after, 'truong-kinh-te')).to.equal(1);
    const posts = path.graph.calls.filter(EVENT);
    expect(posts).to.have.length(2);
    expect(new Set(posts.map((p) => p.body.transactionId)).size).to.equal(1);
    const meetingId = /"meetingId":"([^"]+)"/.exec(after.textTo('truong-van-xa'))![1]!;
    expect(posts[0]!.body.transactionId).to.equal(eventTransactionId(meetingId));
    expect(path.graph.events()).to.have.length(1);
  });

  it('killed while the invitation cards go out: the restart sends the missing ones — one card each, one event', async () => {
    const driver = await meetingDriver();
    let killed = false;
    path.connector.faultFor = (call) => {
      if (killed || !JSON.stringify(call.body).includes('meeting.attend')) return undefined;
      killed = true;
      void path.bot.kill('SIGKILL');
      return { status: 503, delayMs: 1000 };
    };
    await interrupted(driver.say('thu-ky', `họp ${novemberWeekday(driver.year)} 14:00 60 phút tại Phòng họp 1: Rà soát TTHC`));
    path.connector.faultFor = () => undefined;
    await path.startBot();
    const after = new CycleDriver(path.bot, path.connector);
    await after.until(() => ['thu-ky', 'truong-ban', 'truong-kinh-te', 'truong-van-xa'].every((m) => cardsTo(after, m) >= 1), 'every card after the restart');
    await new Promise((r) => setTimeout(r, 300));
    for (const m of ['thu-ky', 'truong-ban', 'truong-kinh-te', 'truong-van-xa']) expect(cardsTo(after, m), m).to.equal(1);
    expect(path.graph.events()).to.have.length(1);
    expect(path.graph.calls.filter(EVENT)).to.have.length(1);
  });
});
