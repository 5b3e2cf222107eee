import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { DOCUMENTS } from '../../../src/i18n/document-strings.ts';
import { COMMON } from '../../../src/i18n/common-strings.ts';
import type { TeamsUser } from '../../helpers/activities.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { lastText, LINE, meetingOn } from '../meetings/meeting-test-helpers.ts';

const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
const S = DOCUMENTS.vi;

describe('documents for members (Điều 6.1.d) over HTTP', () => {
  let t: TestBot;
  let secretary: TeamsUser;
  let kinhTe: TeamsUser;
  let stranger: TeamsUser;

  beforeEach(async () => {
    t = await TestBot.start({ now: () => new Date('2026-11-20T02:00:00Z') });
    secretary = t.user('thu-ky');
    kinhTe = t.user('truong-kinh-te');
    for (const user of [secretary, kinhTe]) await t.install(user);
    stranger = { ...kinhTe, id: '29:stranger', aadObjectId: '0badf00d-0000-4000-8000-000000000001', name: 'Khách' };
  });
  afterEach(async () => {
    await t.stop();
  });

  it('lists what a unit head may see; a group meeting is for officers only, a forged ref opens nothing; a sent report opens as a .docx from the outbox', async () => {
    await t.say(kinhTe, 'tài liệu');
    expect(lastText(t, kinhTe)).to.include(inJson(S.none));

    await t.say(secretary, LINE);
    const regular = await meetingOn(t, '2026-12-04');
    await t.bot.app.repos.meetings.update('m-group', () => ({ ...regular, id: 'm-group', kind: 'group', date: '2026-12-08', invitees: ['thu-ky'] }));

    await t.say(kinhTe, 'tài liệu');
    const list = lastText(t, kinhTe);
    expect(list).to.include(`invitation:${regular.id}`).and.include(inJson(S.kinds.invitation));
    expect(list).to.not.include('m-group');
    await t.say(secretary, 'tài liệu');
    expect(lastText(t, secretary)).to.include('invitation:m-group');

    const opened = await t.click(kinhTe, 'documents.open', { ref: `invitation:${regular.id}` });
    expect(JSON.stringify(opened.value)).to.include('Đánh giá kết quả CCHC quý IV').and.include(inJson(S.agenda));
    const forged = await t.click(kinhTe, 'documents.open', { ref: 'invitation:m-group' });
    expect(JSON.stringify(forged.value)).to.include(inJson(S.notFound));
    const junk = await t.click(kinhTe, 'documents.open', { ref: '../../etc/passwd' });
    expect(JSON.stringify(junk.value)).to.include(inJson(S.notFound));
    const guest = await t.click(stranger, 'documents.open', { ref: `invitation:${regular.id}` });
    expect(JSON.stringify(guest.value)).to.include(inJson(COMMON.vi.notMember));
  });

  it('a compiled report that was sent is listed for every member and opens as its .docx', async () => {
    const standing = t.user('thuong-truc');
    await t.install(standing);
    await t.say(standing, 'mở báo cáo quý IV/2026 hạn 10/12/2026');
    await t.bot.app.tasks.idle();
    await t.say(standing, 'tổng hợp');
    const cycle = (await t.bot.app.cycles.list())[0]!;
    await t.click(standing, 'report.send', { cycleId: cycle.id });
    expect((await t.bot.app.cycles.get(cycle.id))!.state).to.equal('sent');
    await t.say(kinhTe, 'tài liệu');
    expect(lastText(t, kinhTe)).to.include(`report:${cycle.id}`);
    const opened = JSON.stringify((await t.click(kinhTe, 'documents.open', { ref: `report:${cycle.id}` })).value);
    const path = /lưu tại: ([^"\\]+\.docx)/.exec(opened)?.[1];
    expect(path, opened.slice(0, 300)).to.be.a('string');
    expect(existsSync(path!)).to.equal(true);
  });
});
