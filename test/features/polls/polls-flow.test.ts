import { expect } from 'chai';
import type { Poll } from '../../../src/domain/polls/poll-model.ts';
import { COMMON } from '../../../src/i18n/common-strings.ts';
import { POLL } from '../../../src/i18n/poll-strings.ts';
import type { TeamsUser } from '../../helpers/activities.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { lastText, textsTo } from '../meetings/meeting-test-helpers.ts';

const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
const S = POLL.vi;
const LINE = 'lấy ý kiến hạn 04/12/2026: Thông qua dự thảo Kế hoạch CCHC năm 2027';

describe('written polls and the majority decision (Điều 7.3) over HTTP', () => {
  // Friday 20/11/2026 09:00 in Hà Nội; the test moves the clock.
  let now = new Date('2026-11-20T02:00:00Z');
  let t: TestBot;
  let chief: TeamsUser;
  let deputyChief: TeamsUser;
  let secretary: TeamsUser;
  const people = () => t.bot.app.roster.committee.members.map((m) => m.id);
  const polls = async () => Promise.all((await t.bot.app.store.list('polls')).map(async (id) => (await t.bot.app.store.get<Poll>('polls', id))!));
  const onlyPoll = async () => {
    const all = await polls();
    expect(all).to.have.length(1);
    return all[0]!;
  };

  beforeEach(async () => {
    now = new Date('2026-11-20T02:00:00Z');
    t = await TestBot.start({ now: () => now });
    chief = t.user('truong-ban');
    deputyChief = t.user('pho-truong-ban');
    secretary = t.user('thu-ky');
    for (const id of people()) await t.install(t.user(id));
  });
  afterEach(async () => {
    await t.stop();
  });

  it('refuses a deadline in the past, an impossible date, a missing deadline or question, and sends nothing', async () => {
    const before = t.connector.calls.length;
    await t.say(secretary, 'lấy ý kiến hạn 19/11/2026: Thông qua kế hoạch');
    expect(lastText(t, secretary)).to.include(inJson(S.deadlineInPast('20/11/2026')));
    await t.say(secretary, 'lấy ý kiến hạn 31/11/2026: Thông qua kế hoạch');
    expect(lastText(t, secretary)).to.include(inJson(S.badDate('31/11/2026')));
    await t.say(secretary, 'lấy ý kiến Thông qua kế hoạch');
    expect(lastText(t, secretary)).to.include(inJson(S.noDeadline));
    await t.say(secretary, 'lấy ý kiến hạn 04/12/2026:');
    expect(lastText(t, secretary)).to.include(inJson(S.noQuestion));
    expect(await polls()).to.have.length(0);
    // Only the four answers went out.
    expect(t.connector.calls.length - before).to.equal(4);
  });

  it('cards to every member, answers changed until the deadline, a vote after it refused, one reminder, the tally against all members, a decision departing from the majority needs a reason', async () => {
    await t.say(secretary, `${LINE} | Thông qua; Không thông qua; Thông qua có chỉnh sửa`);
    await t.bot.app.tasks.idle();
    const poll = await onlyPoll();
    const members = poll.memberIds.length;
    expect(textsTo(t, secretary).some((x) => x.includes(inJson(S.sent(members, '04/12/2026'))))).to.equal(true);
    expect(poll.options).to.deep.equal(['Thông qua', 'Không thông qua', 'Thông qua có chỉnh sửa']);
    expect(Object.keys(poll.cards).sort()).to.deep.equal([...poll.memberIds].sort());
    for (const id of poll.memberIds) expect(textsTo(t, t.user(id)).some((x) => x.includes('poll.answer'))).to.equal(true, id);

    // A minority of members answers "Thông qua": more answered it than anything else, but not more than half of all members.
    const answering = poll.memberIds.slice(0, Math.floor(members / 2));
    for (const id of answering) {
      const res = await t.click(t.user(id), 'poll.answer', { pollId: poll.id, choice: '1', comment: '' });
      expect(JSON.stringify(res.value)).to.include(inJson(S.recorded('04/12/2026')));
    }
    // Changed answers count once, as last given; a written opinion is kept.
    for (const id of answering) await t.click(t.user(id), 'poll.answer', { pollId: poll.id, choice: '0', comment: id === answering[0] ? 'Đề nghị bổ sung chỉ tiêu chuyển đổi số' : '' });
    const bad = await t.click(t.user(answering[0]!), 'poll.answer', { pollId: poll.id, choice: '7', comment: '' });
    expect(JSON.stringify(bad.value)).to.include(inJson(S.chooseOne));
    const stranger = await t.click(t.user('pho-kinh-te'), 'poll.answer', { pollId: poll.id, choice: '0', comment: '' });
    expect(JSON.stringify(stranger.value)).to.include(inJson(S.notAsked));

    // The day before the deadline (Thursday 03/12) at the ladder's time: the others are reminded, once.
    now = new Date('2026-12-03T02:00:00Z');
    await t.bot.scheduler.tick(now);
    await t.bot.scheduler.tick(now);
    const reminder = inJson(S.reminder('Thông qua dự thảo Kế hoạch CCHC năm 2027', '04/12/2026'));
    for (const id of poll.memberIds) {
      const count = textsTo(t, t.user(id)).filter((x) => x.includes(reminder)).length;
      expect(count, id).to.equal(answering.includes(id) ? 0 : 1);
    }

    // Before the deadline the chief cannot decide.
    const early = await t.click(chief, 'poll.decide', { pollId: poll.id, decision: '0', reason: '' });
    expect(JSON.stringify(early.value)).to.include(inJson(S.stillOpen('04/12/2026')));

    // Saturday 05/12: the deadline has passed; a vote is refused and nothing changes.
    now = new Date('2026-12-07T02:00:00Z');
    const storedBefore = JSON.stringify((await onlyPoll()).answers);
    const late = await t.click(t.user(poll.memberIds.at(-1)!), 'poll.answer', { pollId: poll.id, choice: '0', comment: '' });
    expect(JSON.stringify(late.value)).to.include(inJson(S.closed('04/12/2026')));
    expect(JSON.stringify((await onlyPoll()).answers)).to.equal(storedBefore);

    await t.bot.scheduler.tick(now);
    await t.bot.scheduler.tick(now);
    const results = textsTo(t, chief).filter((x) => x.includes('poll.decide'));
    expect(results).to.have.length(1);
    expect(results[0]).to.include(inJson(S.optionCount('Thông qua', answering.length, members)));
    expect(results[0]).to.include(inJson(S.noMajority(members)));
    expect(results[0]).to.include('Đề nghị bổ sung chỉ tiêu chuyển đổi số');
    expect(textsTo(t, deputyChief).filter((x) => x.includes('poll.decide'))).to.have.length(0);

    // No majority of all members: any decision needs a reason; the deputy chief (not delegated) may not decide.
    const noReason = await t.click(chief, 'poll.decide', { pollId: poll.id, decision: '0', reason: '' });
    expect(JSON.stringify(noReason.value)).to.include(inJson(S.reasonRequired));
    expect((await onlyPoll()).decision).to.equal(undefined);
    const deputy = await t.click(deputyChief, 'poll.decide', { pollId: poll.id, decision: '0', reason: 'x' });
    expect(JSON.stringify(deputy.value)).to.include(inJson(COMMON.vi.forbidden));

    const decided = await t.click(chief, 'poll.decide', { pollId: poll.id, decision: '0', reason: 'Đa số thành viên đã trả lời thống nhất; cần ban hành kịp thời' });
    expect(JSON.stringify(decided.value)).to.include(inJson(S.decidedStatus('Thông qua')));
    const again = await t.click(chief, 'poll.decide', { pollId: poll.id, decision: '1', reason: 'đổi' });
    expect(JSON.stringify(again.value)).to.include(inJson(S.alreadyDecided));
    const stored = await onlyPoll();
    expect(stored.status).to.equal('decided');
    expect(stored.decision).to.deep.include({ choice: 0, by: 'truong-ban', onBehalfOfChief: false, reason: 'Đa số thành viên đã trả lời thống nhất; cần ban hành kịp thời' });
    const told = inJson(S.decisionToMember('Thông qua dự thảo Kế hoạch CCHC năm 2027', 'Thông qua', t.bot.app.roster.member('truong-ban')!.name, stored.decision!.reason));
    for (const id of poll.memberIds) expect(textsTo(t, t.user(id)).filter((x) => x.includes(told)), id).to.have.length(1);
  });

  it('a majority of all members needs no reason; under delegation the result goes to the deputy chief, who decides on behalf of the chief', async () => {
    await t.say(chief, 'ủy quyền 07/12/2026 11/12/2026');
    await t.say(chief, LINE);
    await t.bot.app.tasks.idle();
    const poll = await onlyPoll();
    expect(poll.options).to.deep.equal(['Đồng ý', 'Không đồng ý', 'Ý kiến khác']);
    const majority = poll.memberIds.slice(0, Math.floor(poll.memberIds.length / 2) + 1);
    for (const id of majority) await t.click(t.user(id), 'poll.answer', { pollId: poll.id, choice: '0', comment: '' });
    now = new Date('2026-12-07T02:00:00Z');
    await t.bot.scheduler.tick(now);
    const results = textsTo(t, deputyChief).filter((x) => x.includes('poll.decide'));
    expect(results).to.have.length(1);
    expect(results[0]).to.include(inJson(S.majority('Đồng ý', majority.length, poll.memberIds.length))).and.include(inJson(S.onBehalfNote));
    const decided = await t.click(deputyChief, 'poll.decide', { pollId: poll.id, decision: '0', reason: '' });
    expect(JSON.stringify(decided.value)).to.include(inJson(S.decidedStatus('Đồng ý')));
    expect((await onlyPoll()).decision).to.deep.include({ choice: 0, by: 'pho-truong-ban', onBehalfOfChief: true, reason: '' });
    expect(lastText(t, secretary)).to.include('(thay mặt Trưởng Ban Chỉ đạo)');
  });
});
