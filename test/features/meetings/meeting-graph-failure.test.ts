import { expect } from 'chai';
import type { TeamsUser } from '../../helpers/activities.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { lastText, LINE, NOW, storedMeetings, textsTo } from './meeting-test-helpers.ts';

describe('meetings: Graph down when creating the event (HTTP, fake Graph)', () => {
  let t: TestBot;
  let secretary: TeamsUser;
  let kinhTe: TeamsUser;

  beforeEach(async () => {
    t = await TestBot.start({ withGraph: true, now: () => NOW });
    secretary = t.user('thu-ky');
    kinhTe = t.user('truong-kinh-te');
    for (const user of [secretary, kinhTe]) await t.install(user);
    // 503 on every attempt; Retry-After: 0 keeps the SDK's retries fast.
    t.graph.faultFor = (call) => (call.method === 'POST' && /\/events$/.test(call.path) ? { status: 503, headers: { 'Retry-After': '0' } } : undefined);
  });

  afterEach(async () => {
    await t.stop();
  });

  const meetingCards = () => textsTo(t, kinhTe).filter((x) => x.includes('meeting.attend'));

  it('tells the secretary nothing was created and to try again, leaving no meeting or card; a retry then works', async () => {
    await t.say(secretary, LINE);
    expect(lastText(t, secretary)).to.include('Chưa tạo được cuộc họp').and.include('Chưa có lịch Outlook, giấy mời hay thẻ họp nào được tạo').and.include('thử lại');
    expect(t.graph.refused.length).to.be.greaterThan(1);
    expect(t.graph.refused.every((c) => c.status === 503)).to.equal(true);
    expect(t.graph.calls.filter((c) => /\/events/.test(c.path))).to.deep.equal([]);
    expect(await storedMeetings(t)).to.deep.equal([]);
    expect(meetingCards()).to.deep.equal([]);

    t.graph.faultFor = () => undefined;
    await t.say(secretary, LINE);
    expect(lastText(t, secretary)).to.include('Đã tạo lịch');
    expect(await storedMeetings(t)).to.have.length(1);
    expect(meetingCards()).to.have.length(1);
  });

  it('releases the form token so the same form can be submitted again', async () => {
    await t.say(secretary, 'họp');
    const token = /"formToken":"([A-Za-z0-9]+)"/.exec(lastText(t, secretary))![1]!;
    const data = { formToken: token, kind: 'adhoc', date: '2026-12-04', start: '14:00', duration: '60', place: 'Phòng họp 1', online: 'true', agenda: 'Rà soát TTHC', inviteAll: 'true' };
    const failed = await t.click(secretary, 'meeting.create', data);
    expect(String(failed.value)).to.include('Chưa tạo được cuộc họp');
    expect(await storedMeetings(t)).to.deep.equal([]);
    expect(meetingCards()).to.deep.equal([]);

    t.graph.faultFor = () => undefined;
    const created = await t.click(secretary, 'meeting.create', data);
    expect(String(created.value)).to.include('Đã tạo lịch');
    expect(await storedMeetings(t)).to.have.length(1);
    expect(t.graph.calls.filter((c) => c.method === 'POST' && /\/events$/.test(c.path))).to.have.length(1);
  });
});
