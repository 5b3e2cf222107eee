import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { COMMON } from '../../src/i18n/common-strings.ts';
import { conversationOf } from '../helpers/activities.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { BotProcess } from './helpers/bot-process.ts';
import { CycleDriver } from './helpers/cycle-driver.ts';
import { rosterUser } from './helpers/roster-users.ts';
import { outboxFiles, readSubmission } from './helpers/state-files.ts';

describe('promise 3 — idempotency (child process)', function () {
  this.timeout(60_000);
  let bot: BotProcess;
  let dataDir: string;
  let d: CycleDriver;
  const connector = new FakeConnector();

  before(async () => {
    await connector.start();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-rel-idem-'));
    bot = await BotProcess.start({ dataDir });
    d = new CycleDriver(bot, connector);
    await d.openQuarter();
    await d.until(async () => (await readdir(path.join(dataDir, 'cycles', d.cycleId, 'deliveries')).catch(() => [])).length === 12, 'the fan-out to 12 units');
  });
  after(async () => {
    await bot.kill('SIGTERM');
    await connector.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers the same activity delivered twice (Teams retry, same id) once', async () => {
    const id = `act-${randomUUID()}`;
    const chat = conversationOf(rosterUser('truong-van-xa'));
    const before = connector.messagesTo(chat).length;
    const [a, b] = [await d.say('truong-van-xa', 'tôi là ai', id), await d.say('truong-van-xa', 'tôi là ai', id)];
    expect([a.status, b.status]).to.deep.equal([200, 200]);
    // Only the answers to this command count: the member's first message may also release a report form waiting for them.
    const answers = connector.messagesTo(chat).slice(before).filter((c) => JSON.stringify(c.body).includes(COMMON.vi.whoamiTitle));
    expect(answers).to.have.length(1);
    // The child's stdout arrives through a pipe, possibly after the HTTP answer.
    await d.until(() => bot.logs().some((l) => l.msg === 'duplicate delivery ignored' && l.activityId === id), 'the duplicate to be logged');
  });

  it('stores one version for two concurrent submissions of one card', async () => {
    const results = await Promise.all([d.submit('truong-van-xa', 'van-xa', 'Kết quả quý IV: 42 TTHC'), d.submit('truong-van-xa', 'van-xa', 'Kết quả quý IV: 42 TTHC')]);
    expect(results.map((r) => r.status)).to.deep.equal([200, 200]);
    const stored = await readSubmission(dataDir, d.cycleId, 'van-xa');
    expect(stored!.versions).to.have.length(1);
    // Five identical clicks at once, on another unit: still one version.
    await Promise.all(Array.from({ length: 5 }, () => d.submit('truong-do-thi', 'do-thi', 'Đô thị: hoàn thành')));
    expect((await readSubmission(dataDir, d.cycleId, 'do-thi'))!.versions).to.have.length(1);
  });

  it('sends the compiled report once for a double click on “send to chief”', async () => {
    const [a, b] = await Promise.all([d.click('thuong-truc', 'report.send', { cycleId: d.cycleId }), d.click('thuong-truc', 'report.send', { cycleId: d.cycleId })]);
    expect([a.status, b.status]).to.deep.equal([200, 200]);
    const both = JSON.stringify(a.value) + JSON.stringify(b.value);
    expect(both).to.include('không gửi lần thứ hai');
    const third = await d.click('thuong-truc', 'report.send', { cycleId: d.cycleId });
    expect(JSON.stringify(third.value)).to.include('không gửi lần thứ hai');
    const mails = (await outboxFiles(dataDir)).filter((n) => n.endsWith('.eml'));
    expect(mails).to.deep.equal([`report-${d.cycleId}.eml`]);
    const cycle = JSON.parse(await readFile(path.join(dataDir, 'cycles', `${d.cycleId}.json`), 'utf8')) as { state: string };
    expect(cycle.state).to.equal('sent');
  });
});
