import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { atLocal } from '../../../src/domain/calendar/index.ts';
import { SYNTHESIS } from '../../../src/i18n/synthesis-strings.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { CYCLE_ID, quarterCompiled } from './compiled-quarter.ts';

const s = SYNTHESIS.vi;
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
const TEXT = { strengths: 'Ưu điểm.', limitations: 'Hạn chế.', nextQuarter: 'Phương hướng.', proposals: '', recommendations: '' };

describe('the sending deadline ladder (compile deadline = sending deadline) over HTTP', function () {
  this.timeout(90_000);
  let t: TestBot;
  let dataDir: string;
  const clock = { now: new Date('2026-12-01T02:00:00Z') };
  const start = () => TestBot.start({ dataDir, now: () => clock.now, env: { SCHEDULER_CRON: '' } });
  const texts = (id: string) => t.connector.messagesTo(conversationOf(t.user(id))).map((c) => FakeConnector.textOf(c));
  const toStanding = (waiting: boolean, left: string) => inJson(s.sendingToStanding('Quý IV/2026', '14/12/2026', left, waiting));
  const toChief = (left: string) => inJson(s.sendingToApprover('Quý IV/2026', '14/12/2026', left));
  const tick = async (date: string, time: string) => {
    clock.now = atLocal(date, time);
    await t.bot.scheduler.tick(clock.now);
  };

  before(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-sending-'));
    t = await start();
    await quarterCompiled(t, clock);
  });
  after(async () => {
    await t.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reminds the standing member on the deadline day, once, however many ticks', async () => {
    await tick('2026-12-14', '08:30');
    await tick('2026-12-14', '09:30');
    expect(texts('thuong-truc').filter((x) => x.includes(toStanding(false, 'Hạn cuối hôm nay')))).to.have.length(1);
    expect(texts('truong-ban').filter((x) => x.includes('đang chờ Anh/Chị duyệt'))).to.deep.equal([]);
  });

  it('while it waits for signature, the chief too; nothing twice after a restart', async () => {
    clock.now = atLocal('2026-12-14', '10:00');
    await t.click(t.user('thuong-truc'), 'synthesis.open', { cycleId: CYCLE_ID });
    await t.click(t.user('thuong-truc'), 'synthesis.submit', { cycleId: CYCLE_ID, ...TEXT });
    await tick('2026-12-15', '08:30');
    expect(texts('thuong-truc').filter((x) => x.includes(toStanding(true, 'Quá hạn 1 ngày làm việc')))).to.have.length(1);
    expect(texts('truong-ban').filter((x) => x.includes(toChief('Quá hạn 1 ngày làm việc')))).to.have.length(1);
    await t.stop();
    t = await start();
    // The new fake connector listens elsewhere: members' chats are captured again, as Teams does on the next turn.
    for (const id of ['thuong-truc', 'truong-ban', 'pho-truong-ban', 'thu-ky', 'truong-van-xa', 'truong-do-thi']) await t.install(t.user(id));
    await tick('2026-12-15', '10:00');
    expect(texts('thuong-truc').filter((x) => x.includes('Hạn gửi báo cáo CCHC'))).to.deep.equal([]);
    expect(texts('truong-ban').filter((x) => x.includes('đang chờ Anh/Chị duyệt'))).to.deep.equal([]);
  });

  it('stops once approved and sent', async () => {
    await t.click(t.user('truong-ban'), 'synthesis.approve', { cycleId: CYCLE_ID, number: '', comments: '' });
    await tick('2026-12-16', '08:30');
    expect(texts('thuong-truc').filter((x) => x.includes('Hạn gửi báo cáo CCHC'))).to.deep.equal([]);
    expect(texts('truong-ban').filter((x) => x.includes('đang chờ Anh/Chị duyệt'))).to.deep.equal([]);
  });
});
