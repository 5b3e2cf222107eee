import { expect } from 'chai';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sendMeetingDigests } from '../../../src/features/meetings/meeting-digests.ts';
import type { TeamsUser } from '../../helpers/activities.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { lastText, LINE, meetingOn, NOW, textsTo } from './meeting-test-helpers.ts';

describe('meetings: the deputy attending instead, and the secretary told of decisions (HTTP)', () => {
  let t: TestBot;
  let secretary: TeamsUser;
  let chief: TeamsUser;
  let tongHop: TeamsUser;
  let phoTongHop: TeamsUser;
  let kinhTe: TeamsUser;

  async function start(withGraph: boolean): Promise<void> {
    t = await TestBot.start({ withGraph, now: () => NOW });
    secretary = t.user('thu-ky');
    chief = t.user('truong-ban');
    tongHop = t.user('truong-tong-hop');
    phoTongHop = t.user('pho-tong-hop');
    kinhTe = t.user('truong-kinh-te');
    for (const user of [secretary, chief, tongHop, phoTongHop, kinhTe]) await t.install(user);
  }

  async function askLeaveWithDeputy(meetingId: string): Promise<void> {
    await t.click(tongHop, 'meeting.leave', { meetingId, reason: 'Đi công tác Đà Nẵng', opinions: 'Đồng ý với dự thảo kế hoạch 2027', substitute: 'pho-tong-hop' });
  }

  const cardsTo = (user: TeamsUser) => textsTo(t, user).filter((x) => x.includes('meeting.attend'));

  afterEach(async () => {
    await t.stop();
  });

  it('on approval invites the deputy once (card and Graph attendee) even when the approval is clicked twice', async () => {
    await start(true);
    await t.say(secretary, LINE);
    const meeting = await meetingOn(t, '2026-12-04');
    expect(meeting.invitees).to.not.include('pho-tong-hop');
    expect(cardsTo(phoTongHop)).to.have.length(0);
    await askLeaveWithDeputy(meeting.id);

    const decide = { meetingId: meeting.id, memberId: 'truong-tong-hop', decision: 'approve' };
    const [a, b] = await Promise.all([t.click(chief, 'meeting.decide', decide), t.click(chief, 'meeting.decide', decide)]);
    const again = await t.click(chief, 'meeting.decide', decide);
    const answers = [a, b, again].map((r) => JSON.stringify(r.value));
    expect(answers.filter((x) => x.includes('Đã đồng ý'))).to.have.length(1);
    expect(answers.filter((x) => x.includes('đã được quyết định trước đó'))).to.have.length(2);

    const patches = t.graph.calls.filter((c) => c.method === 'PATCH');
    expect(patches).to.have.length(1);
    expect(patches[0]!.path).to.equal('/users/thuky@vanphong.example.gov.vn/events/event-1');
    expect(Object.keys(patches[0]!.body)).to.deep.equal(['attendees']);
    const attendees = (patches[0]!.body.attendees as Array<{ emailAddress: { address: string }; type: string }>).map((x) => `${x.emailAddress.address}:${x.type}`);
    expect(attendees).to.include('pho.tonghop@vanphong.example.gov.vn:required');
    expect(attendees).to.include('tonghop@vanphong.example.gov.vn:required');
    expect(attendees.length).to.equal(meeting.invitees.length + 1);

    const deputyCards = cardsTo(phoTongHop);
    expect(deputyCards).to.have.length(1);
    expect(deputyCards[0]).to.include('Tham dự').and.include('Xin vắng').and.include('meeting.leaveForm').and.include('Dự thay cho');
    expect(deputyCards[0]).to.include(t.bot.app.roster.member('truong-tong-hop')!.name);

    const stored = await meetingOn(t, '2026-12-04');
    expect(stored.invitees.filter((id) => id === 'pho-tong-hop')).to.have.length(1);
    expect(stored.substitutes).to.deep.equal({ 'pho-tong-hop': 'truong-tong-hop' });
    expect(stored.cards['pho-tong-hop']).to.be.a('string');

    const secretaryTexts = textsTo(t, secretary).filter((x) => x.includes('vắng mặt tại'));
    expect(secretaryTexts).to.have.length(1);
    expect(secretaryTexts[0]).to.include('đã đồng ý cho').and.include(t.bot.app.roster.member('truong-tong-hop')!.name).and.include('dự thay; đã gửi giấy mời trên Outlook');

    const attend = await t.click(phoTongHop, 'meeting.attend', { meetingId: meeting.id });
    expect(JSON.stringify(attend.value)).to.include('Anh/Chị đã xác nhận tham dự').and.include('Dự thay cho');
    expect(await sendMeetingDigests(t.bot.app, new Date('2026-12-03T01:00:00Z'))).to.equal(1);
    const digest = lastText(t, secretary);
    expect(digest).to.include(`Tham dự (1)`).and.include(t.bot.app.roster.member('pho-tong-hop')!.name);
    expect(digest).to.include('Vắng có phép (kèm ý kiến) (1)').and.include('Đồng ý với dự thảo kế hoạch 2027');

    // A later reschedule keeps the deputy among the Outlook attendees and updates their card.
    await t.say(secretary, 'dời họp 05/12/2026 14:00');
    const moved = t.graph.calls.filter((c) => c.method === 'PATCH').at(-1)!;
    expect(JSON.stringify(moved.body.attendees)).to.include('pho.tonghop@vanphong.example.gov.vn');
    expect(lastText(t, phoTongHop)).to.include('được dời sang');
  });

  it('tells the secretary of a refusal, and a refused request does not invite the deputy', async () => {
    await start(true);
    await t.say(secretary, LINE);
    const meeting = await meetingOn(t, '2026-12-04');
    await askLeaveWithDeputy(meeting.id);
    const refused = await t.click(chief, 'meeting.decide', { meetingId: meeting.id, memberId: 'truong-tong-hop', decision: 'refuse' });
    expect(JSON.stringify(refused.value)).to.include('Đã không đồng ý');
    expect(lastText(t, secretary)).to.include('đã không đồng ý cho').and.include(t.bot.app.roster.member('truong-tong-hop')!.name).and.not.include('dự thay');
    expect(t.graph.calls.filter((c) => c.method === 'PATCH')).to.have.length(0);
    expect(cardsTo(phoTongHop)).to.have.length(0);
    expect((await meetingOn(t, '2026-12-04')).invitees).to.not.include('pho-tong-hop');

    await t.click(kinhTe, 'meeting.leave', { meetingId: meeting.id, reason: 'Ốm', opinions: 'Thống nhất các nội dung' });
    await t.click(chief, 'meeting.decide', { meetingId: meeting.id, memberId: 'truong-kinh-te', decision: 'approve' });
    expect(lastText(t, secretary)).to.include('đã đồng ý cho').and.include(t.bot.app.roster.member('truong-kinh-te')!.name);
  });

  it('still sends the deputy the card and tells the secretary when Graph refuses the attendee change', async () => {
    await start(true);
    await t.say(secretary, LINE);
    const meeting = await meetingOn(t, '2026-12-04');
    t.graph.faultFor = (call) => (call.method === 'PATCH' ? { status: 403 } : undefined);
    await askLeaveWithDeputy(meeting.id);
    await t.click(chief, 'meeting.decide', { meetingId: meeting.id, memberId: 'truong-tong-hop', decision: 'approve' });
    expect(cardsTo(phoTongHop)).to.have.length(1);
    expect(lastText(t, secretary)).to.include('chưa thêm được vào lịch Outlook');
  });

  it('in local mode rewrites the .ics invitation with the deputy as an attendee', async () => {
    await start(false);
    await t.say(secretary, LINE);
    const meeting = await meetingOn(t, '2026-12-04');
    const outbox = path.join(t.dataDir, 'outbox');
    const file = path.join(outbox, `meeting-${meeting.id}.ics`);
    expect((await readFile(file, 'utf8')).replace(/\r\n /g, '')).to.not.include('mailto:pho.tonghop@vanphong.example.gov.vn');
    await askLeaveWithDeputy(meeting.id);
    const decide = { meetingId: meeting.id, memberId: 'truong-tong-hop', decision: 'approve' };
    await t.click(chief, 'meeting.decide', decide);
    await t.click(chief, 'meeting.decide', decide);
    const ics = await readFile(file, 'utf8');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).to.include('ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pho.tonghop@vanphong.example.gov.vn');
    expect(unfolded.match(/mailto:pho\.tonghop@/g)).to.have.length(1);
    expect(unfolded).to.include('METHOD:REQUEST\r\n').and.include('SEQUENCE:0\r\n');
    expect((await readdir(outbox)).filter((f) => f.endsWith('.ics'))).to.have.length(1);
    expect(cardsTo(phoTongHop)).to.have.length(1);
  });
});
