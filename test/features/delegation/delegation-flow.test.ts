import { expect } from 'chai';
import { DELEGATION } from '../../../src/i18n/delegation-strings.ts';
import { COMMON } from '../../../src/i18n/common-strings.ts';
import { decisionMaker } from '../../../src/features/members/decision-maker.ts';
import type { TeamsUser } from '../../helpers/activities.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { lastText, LINE, meetingOn, textsTo } from '../meetings/meeting-test-helpers.ts';

/** JSON-escaped, as the text appears inside a Connector body. */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
const S = DELEGATION.vi;

describe('delegation to the deputy chief (Điều 5.1) over HTTP', () => {
  // Friday 20/11/2026 09:00 in Hà Nội; the clock is moved by the test.
  let now = new Date('2026-11-20T02:00:00Z');
  let t: TestBot;
  let chief: TeamsUser;
  let deputyChief: TeamsUser;
  let secretary: TeamsUser;
  let tongHop: TeamsUser;
  const book = async () => JSON.stringify(await t.bot.app.store.get('delegations', 'chief'));

  beforeEach(async () => {
    now = new Date('2026-11-20T02:00:00Z');
    t = await TestBot.start({ now: () => now });
    chief = t.user('truong-ban');
    deputyChief = t.user('pho-truong-ban');
    secretary = t.user('thu-ky');
    tongHop = t.user('truong-tong-hop');
    for (const user of [chief, deputyChief, secretary, tongHop]) await t.install(user);
  });
  afterEach(async () => {
    await t.stop();
  });

  it('refuses a bad period with a clear message and stores nothing: past start, end before start, impossible date, overlap', async () => {
    await t.say(chief, 'ủy quyền 19/11/2026 21/11/2026');
    expect(lastText(t, chief)).to.include(inJson(S.startsInPast('20/11/2026')));
    await t.say(chief, 'ủy quyền 30/11/2026 25/11/2026');
    expect(lastText(t, chief)).to.include(inJson(S.endBeforeStart));
    await t.say(chief, 'ủy quyền 31/02/2027 03/03/2027');
    expect(lastText(t, chief)).to.include(inJson(S.badDate('31/02/2027')));
    await t.say(chief, 'ủy quyền 23/11/2026');
    expect(lastText(t, chief)).to.include(inJson(S.usage));
    expect(await book()).to.equal(undefined);

    await t.say(chief, 'ủy quyền 23/11/2026 27/11/2026');
    const stored = await book();
    await t.say(chief, 'ủy quyền từ 27/11/2026 đến 02/12/2026');
    expect(lastText(t, chief)).to.include(inJson(S.overlaps('23/11/2026', '27/11/2026')));
    expect(await book()).to.equal(stored);
  });

  it('the deputy chief may not delegate or revoke', async () => {
    await t.say(deputyChief, 'ủy quyền 23/11/2026 27/11/2026');
    expect(lastText(t, deputyChief)).to.include(inJson(COMMON.vi.forbidden));
    await t.say(deputyChief, 'thu hồi ủy quyền');
    expect(lastText(t, deputyChief)).to.include(inJson(COMMON.vi.forbidden));
    expect(await book()).to.equal(undefined);
  });

  it('for the period the deputy chief decides leave on behalf of the chief, who is told; revoked, it goes back to the chief', async () => {
    const deputyName = t.bot.app.roster.member('pho-truong-ban')!.name;
    await t.say(chief, 'ủy quyền 23/11/2026 27/11/2026');
    expect(lastText(t, chief)).to.include(inJson(S.granted(deputyName, '23/11/2026', '27/11/2026')));
    expect(lastText(t, deputyChief)).to.include(inJson(S.toDeputy(t.bot.app.roster.member('truong-ban')!.name, '23/11/2026', '27/11/2026')));
    // Not in force yet: the chief still decides.
    expect(await decisionMaker(t.bot.app)).to.deep.equal({ memberIds: ['truong-ban'], onBehalfOfChief: false });

    await t.say(secretary, LINE);
    const meeting = await meetingOn(t, '2026-12-04');
    now = new Date('2026-11-23T02:00:00Z');
    expect(await decisionMaker(t.bot.app)).to.deep.equal({ memberIds: ['pho-truong-ban'], onBehalfOfChief: true });
    const chiefBefore = textsTo(t, chief).length;
    await t.click(tongHop, 'meeting.leave', { meetingId: meeting.id, reason: 'Đi công tác', opinions: 'Đồng ý dự thảo' });
    expect(textsTo(t, deputyChief).filter((x) => x.includes('meeting.decide'))).to.have.length(1);
    expect(textsTo(t, chief).slice(chiefBefore).filter((x) => x.includes('meeting.decide'))).to.have.length(0);

    const decided = await t.click(deputyChief, 'meeting.decide', { meetingId: meeting.id, memberId: 'truong-tong-hop', decision: 'approve' });
    expect(JSON.stringify(decided.value)).to.include('Đã đồng ý');
    expect(textsTo(t, tongHop).some((x) => x.includes(inJson(S.onBehalf(deputyName))))).to.equal(true);
    expect(lastText(t, chief)).to.include('thay mặt Trưởng Ban Chỉ đạo, đã đồng ý');

    await t.say(chief, 'thu hồi ủy quyền');
    expect(lastText(t, chief)).to.include(inJson(S.revoked(deputyName, '23/11/2026', '27/11/2026')));
    expect(lastText(t, deputyChief)).to.include('đã thu hồi ủy quyền');
    expect(await decisionMaker(t.bot.app)).to.deep.equal({ memberIds: ['truong-ban'], onBehalfOfChief: false });
    const refused = await t.click(deputyChief, 'meeting.decide', { meetingId: meeting.id, memberId: 'truong-tong-hop', decision: 'refuse' });
    expect(JSON.stringify(refused.value)).to.include(inJson(COMMON.vi.forbidden));
    await t.say(chief, 'thu hồi ủy quyền');
    expect(lastText(t, chief)).to.include(inJson(S.nothingToRevoke));
    // The revoked period frees its days for a new delegation.
    await t.say(chief, 'ủy quyền 25/11/2026 26/11/2026');
    expect(lastText(t, chief)).to.include(inJson(S.granted(deputyName, '25/11/2026', '26/11/2026')));
  });
});
