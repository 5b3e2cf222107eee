import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Poll } from '../../../src/domain/polls/poll-model.ts';
import { POLL } from '../../../src/i18n/poll-strings.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { lastText, LINE, textsTo } from '../meetings/meeting-test-helpers.ts';

const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
const S = POLL.vi;

async function polls(t: TestBot): Promise<Poll[]> {
  return t.bot.app.repos.polls.all();
}

describe('polls of a group, tied to a meeting agenda item, and delivered once across a restart, over HTTP', () => {
  // Friday 20/11/2026 09:00 in Hà Nội.
  let now = new Date('2026-11-20T02:00:00Z');
  let t: TestBot;
  let dataDir = '';
  const installAll = async (bot: TestBot) => {
    for (const m of bot.bot.app.roster.committee.members) await bot.install(bot.user(m.id));
  };

  beforeEach(async () => {
    now = new Date('2026-11-20T02:00:00Z');
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-poll-restart-'));
    t = await TestBot.start({ now: () => now, dataDir });
    await installAll(t);
  });
  afterEach(async () => {
    await t.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('asks only the heads of the units named; an unknown unit is refused and nothing is sent', async () => {
    const chief = t.user('truong-ban');
    const before = t.connector.calls.length;
    await t.say(chief, 'lấy ý kiến hạn 04/12/2026 nhóm Phòng Không Có: Thống nhất phương án');
    expect(lastText(t, chief)).to.include(inJson(S.unitNotFound('Phòng Không Có')));
    await t.say(chief, 'lấy ý kiến hạn 04/12/2026 nhóm Phòng: Thống nhất phương án');
    expect(lastText(t, chief)).to.include('khớp với nhiều đơn vị');
    expect(await polls(t)).to.have.length(0);
    expect(t.connector.calls.length - before).to.equal(2);

    await t.say(chief, 'lấy ý kiến hạn 04/12/2026 nhóm Phòng Kinh tế, Văn xã: Thống nhất phương án bố trí bộ phận một cửa');
    await t.bot.app.tasks.idle();
    const [poll] = await polls(t);
    expect(poll).to.deep.include({ memberIds: ['truong-kinh-te', 'truong-van-xa'], groupUnitIds: ['kinh-te', 'van-xa'], question: 'Thống nhất phương án bố trí bộ phận một cửa' });
    expect(lastText(t, chief)).to.include(inJson(S.sent(2, '04/12/2026')));
    for (const id of ['truong-kinh-te', 'truong-van-xa']) expect(lastText(t, t.user(id))).to.include('poll.answer').and.include(inJson('Phòng Kinh tế, Phòng Văn xã'));
    expect(textsTo(t, t.user('truong-tong-hop')).some((x) => x.includes('poll.answer'))).to.equal(false);
    const outsider = await t.click(t.user('truong-tong-hop'), 'poll.answer', { pollId: poll!.id, choice: '0', comment: '' });
    expect(JSON.stringify(outsider.value)).to.include(inJson(S.notAsked));
  });

  it("ties a poll to a meeting's agenda item, whose text is the question when none is written; a missing meeting or item is refused", async () => {
    const secretary = t.user('thu-ky');
    await t.say(secretary, LINE);
    await t.say(secretary, 'lấy ý kiến hạn 03/12/2026 họp 05/12/2026 mục 1:');
    expect(lastText(t, secretary)).to.include(inJson(S.meetingNotFound('05/12/2026')));
    await t.say(secretary, 'lấy ý kiến hạn 03/12/2026 họp 04/12/2026 mục 5:');
    expect(lastText(t, secretary)).to.include(inJson(S.agendaItemNotFound(5, 2)));
    expect(await polls(t)).to.have.length(0);
    await t.say(secretary, 'lấy ý kiến hạn 03/12/2026 họp 04/12/2026 mục 2:');
    await t.bot.app.tasks.idle();
    const [poll] = await polls(t);
    expect(poll!.question).to.equal('Kế hoạch năm 2027');
    expect(poll!.meeting).to.deep.include({ date: '2026-12-04', item: 2, text: 'Kế hoạch năm 2027', kind: 'regular' });
    expect(poll!.memberIds.length).to.be.greaterThan(10);
    expect(lastText(t, t.user('truong-kinh-te'))).to.include(inJson(S.meetingLabel)).and.include('Kế hoạch năm 2027');
  });

  it('after a restart, a card whose send died is sent once its claim lapses, a member never tried gets it when reachable, answers are kept, the tally goes once', async () => {
    const chief = t.user('truong-ban');
    await t.say(chief, 'lấy ý kiến hạn 04/12/2026: Thông qua dự thảo Kế hoạch CCHC năm 2027');
    await t.bot.app.tasks.idle();
    const [created] = await polls(t);
    const id = created!.id;
    await t.click(t.user('truong-kinh-te'), 'poll.answer', { pollId: id, choice: '0', comment: 'Nhất trí' });
    // As the process died: one member's send claimed a minute ago and never settled, one never tried.
    await t.bot.app.repos.polls.update(id, (p) => {
      const { ['truong-du-an']: _a, ['truong-do-thi']: _b, ...cards } = p!.cards;
      return { ...p!, cards, sending: { 'truong-du-an': new Date(now.getTime() - 60_000).toISOString() } };
    });
    await t.stop();

    t = await TestBot.start({ now: () => now, dataDir });
    await installAll(t);
    const cardsTo = (memberId: string) => textsTo(t, t.user(memberId)).filter((x) => x.includes('poll.answer')).length;
    expect(cardsTo('truong-do-thi')).to.equal(1);
    expect(cardsTo('truong-du-an')).to.equal(0);
    expect(cardsTo('truong-kinh-te')).to.equal(0);
    now = new Date(now.getTime() + 11 * 60_000);
    await t.bot.scheduler.tick(now);
    await t.bot.scheduler.tick(now);
    expect(cardsTo('truong-du-an')).to.equal(1);
    expect(cardsTo('truong-do-thi')).to.equal(1);
    const stored = (await polls(t))[0]!;
    expect(stored.answers['truong-kinh-te']).to.deep.include({ choice: 0, comment: 'Nhất trí' });
    expect(Object.keys(stored.cards).sort()).to.deep.equal([...stored.memberIds].sort());
    expect(stored.sending).to.deep.equal({});
    const changed = await t.click(t.user('truong-kinh-te'), 'poll.answer', { pollId: id, choice: '1', comment: 'Đổi ý kiến' });
    expect(JSON.stringify(changed.value)).to.include(inJson(S.recorded('04/12/2026')));

    // After the deadline the tally goes to the chief once, and a second restart does not send it again.
    now = new Date('2026-12-07T02:00:00Z');
    await t.bot.scheduler.tick(now);
    const result = textsTo(t, t.user('truong-ban')).filter((x) => x.includes('poll.decide'));
    expect(result).to.have.length(1);
    expect(result[0]).to.include('Đổi ý kiến');
    await t.stop();
    t = await TestBot.start({ now: () => now, dataDir });
    await installAll(t);
    await t.bot.scheduler.tick(now);
    expect(textsTo(t, t.user('truong-ban')).filter((x) => x.includes('poll.decide'))).to.have.length(0);
    expect((await polls(t))[0]!.status).to.equal('closed');
  });
});
