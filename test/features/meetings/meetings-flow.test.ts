import { expect } from 'chai';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Meeting, MeetingTask } from '../../../src/domain/meetings/index.ts';
import { sendMeetingDigests } from '../../../src/features/meetings/meeting-digests.ts';
import { sendTaskReminders } from '../../../src/features/meetings/task-reminders.ts';
import { conversationOf, type TeamsUser } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';

// Friday 20/11/2026 09:00 in Hà Nội.
const NOW = new Date('2026-11-20T02:00:00Z');
const LINE = 'họp 04/12/2026 9:00 90 phút tại Phòng họp 2: Đánh giá kết quả CCHC quý IV; Kế hoạch năm 2027';

function lastText(t: TestBot, user: TeamsUser): string {
  const messages = t.connector.messagesTo(conversationOf(user));
  return messages.length ? FakeConnector.textOf(messages[messages.length - 1]!) : '';
}

function allText(t: TestBot, user: TeamsUser): string {
  return t.connector.messagesTo(conversationOf(user)).map((c) => FakeConnector.textOf(c)).join('\n');
}

async function onlyMeeting(t: TestBot): Promise<Meeting> {
  const ids = await t.bot.app.store.list('meetings');
  expect(ids).to.have.length(1);
  return (await t.bot.app.store.get<Meeting>('meetings', ids[0]!))!;
}

describe('meetings over HTTP (fake Bot Connector and fake Graph)', () => {
  let t: TestBot;
  let secretary: TeamsUser;
  let chief: TeamsUser;
  let kinhTe: TeamsUser;
  let tongHop: TeamsUser;

  async function start(withGraph: boolean): Promise<void> {
    t = await TestBot.start({ withGraph, now: () => NOW });
    secretary = t.user('thu-ky');
    chief = t.user('truong-ban');
    kinhTe = t.user('truong-kinh-te');
    tongHop = t.user('truong-tong-hop');
    for (const user of [secretary, chief, kinhTe, tongHop]) await t.install(user);
  }

  afterEach(async () => {
    await t.stop();
  });

  it('schedules by command: one Graph event, cards, attendance, leave with opinions, approval and digest', async () => {
    await start(true);
    await t.say(secretary, LINE);
    expect(lastText(t, secretary)).to.include('Đã tạo lịch');

    const events = t.graph.calls.filter((c) => c.method === 'POST' && /\/events$/.test(c.path));
    expect(events).to.have.length(1);
    const body = events[0]!.body as { start: unknown; end: unknown; location: unknown; attendees: unknown; body: { content: string } } & Record<string, unknown>;
    expect(events[0]!.path).to.equal('/users/thuky@vanphong.example.gov.vn/events');
    expect(body.start).to.deep.equal({ dateTime: '2026-12-04T09:00:00', timeZone: 'SE Asia Standard Time' });
    expect(body.end).to.deep.equal({ dateTime: '2026-12-04T10:30:00', timeZone: 'SE Asia Standard Time' });
    expect(body).to.include({ isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' });
    expect(body.location).to.deep.equal({ displayName: 'Phòng họp 2' });
    const attendees = (body.attendees as Array<{ emailAddress: { address: string }; type: string }>).map((a) => `${a.emailAddress.address}:${a.type}`);
    expect(attendees).to.include('kinhte@vanphong.example.gov.vn:required');
    expect(attendees).to.include('truongban@vanphong.example.gov.vn:required');
    expect(attendees).to.not.include('pho.kinhte@vanphong.example.gov.vn:required');
    expect(body.body.content).to.include('<li>Đánh giá kết quả CCHC quý IV</li>');

    const meeting = await onlyMeeting(t);
    expect(meeting).to.include({ status: 'scheduled', eventId: 'event-1', joinUrl: 'https://teams.microsoft.com/l/meetup-join/event-1' });
    expect(lastText(t, kinhTe)).to.include('meeting.attend').and.include('Tham dự').and.include('Xin vắng').and.include('meetup-join');

    const attend = await t.click(kinhTe, 'meeting.attend', { meetingId: meeting.id });
    expect(JSON.stringify(attend.value)).to.include('Anh/Chị đã xác nhận tham dự');

    const form = await t.click(tongHop, 'meeting.leaveForm', { meetingId: meeting.id });
    expect(JSON.stringify(form.value)).to.include('pho-tong-hop').and.include('opinions');
    const missing = await t.click(tongHop, 'meeting.leave', { meetingId: meeting.id, reason: 'Đi công tác' });
    expect(String(missing.value)).to.include('ý kiến bằng văn bản');
    await t.click(tongHop, 'meeting.leave', { meetingId: meeting.id, reason: 'Đi công tác Đà Nẵng', opinions: 'Đồng ý với dự thảo kế hoạch 2027', substitute: 'pho-tong-hop' });
    expect(lastText(t, chief)).to.include('meeting.decide').and.include('Đồng ý với dự thảo kế hoạch 2027');

    const refused = await t.click(kinhTe, 'meeting.decide', { meetingId: meeting.id, memberId: 'truong-tong-hop', decision: 'approve' });
    expect(String(refused.value)).to.include('không có quyền');

    const decided = await t.click(chief, 'meeting.decide', { meetingId: meeting.id, memberId: 'truong-tong-hop', decision: 'approve' });
    expect(JSON.stringify(decided.value)).to.include('Đã đồng ý');
    expect(lastText(t, tongHop)).to.include('đã đồng ý cho Anh/Chị vắng mặt');

    expect(await sendMeetingDigests(t.bot.app, new Date('2026-12-03T01:00:00Z'))).to.equal(1);
    const digest = lastText(t, secretary);
    expect(digest).to.include('Tổng hợp thành phần');
    expect(digest).to.include(t.bot.app.roster.member('truong-kinh-te')!.name);
    expect(digest).to.include('Đi công tác Đà Nẵng').and.include('Đồng ý với dự thảo kế hoạch 2027');
    expect(await sendMeetingDigests(t.bot.app, new Date('2026-12-03T02:00:00Z'))).to.equal(0);
  });

  it('creates the Graph event once through a 429 (Retry-After: 1) and a 503, with the bearer token on every attempt', async () => {
    await start(true);
    const faults = [{ status: 429, headers: { 'Retry-After': '1' } }, { status: 503 }];
    t.graph.faultFor = (call) => (call.method === 'POST' && /\/events$/.test(call.path) ? faults.shift() : undefined);
    await t.say(secretary, LINE);
    expect(lastText(t, secretary)).to.include('Đã tạo lịch');
    expect(t.graph.refused.map((c) => c.status)).to.deep.equal([429, 503]);
    expect(t.graph.refused.every((c) => c.authorization === `Bearer ${t.graph.validToken}`)).to.equal(true);
    const events = t.graph.calls.filter((c) => c.method === 'POST' && /\/events$/.test(c.path));
    expect(events).to.have.length(1);
    expect(events[0]!.path).to.equal('/users/thuky@vanphong.example.gov.vn/events');
    expect(await onlyMeeting(t)).to.include({ status: 'scheduled', eventId: 'event-1' });
    expect(lastText(t, kinhTe)).to.include('meeting.attend');
  });

  it('refuses a unit member who tries to schedule, and creates nothing for bad input', async () => {
    await start(true);
    await t.say(kinhTe, LINE);
    expect(lastText(t, kinhTe)).to.include('không có quyền');
    await t.say(secretary, 'họp 01/01/2026 9:00 tại Phòng họp 2');
    expect(lastText(t, secretary)).to.include('đã qua');
    await t.say(secretary, 'họp 04/12/2026 23:00 90 phút');
    expect(lastText(t, secretary)).to.include('Giờ kết thúc phải sau giờ bắt đầu');
    expect(t.graph.calls).to.have.length(0);
    expect(await t.bot.app.store.list('meetings')).to.deep.equal([]);
  });

  it('creates exactly one event when the form is submitted twice', async () => {
    await start(true);
    await t.say(secretary, 'họp');
    const formText = lastText(t, secretary);
    expect(formText).to.include('meeting.create');
    const token = /"formToken":"([A-Za-z0-9]+)"/.exec(formText)![1]!;
    const data = { formToken: token, kind: 'group', date: '2026-12-04', start: '14:00', duration: '60', place: 'Phòng họp 1', online: 'false', agenda: 'Rà soát TTHC\nSố hóa hồ sơ', inviteAll: 'false', invitees: 'truong-kinh-te,truong-tong-hop,thu-ky' };
    const [a, b] = await Promise.all([t.click(secretary, 'meeting.create', data), t.click(secretary, 'meeting.create', data)]);
    expect([String(a.value), String(b.value)].some((v) => v.includes('đã được tạo trước đó'))).to.equal(true);
    const events = t.graph.calls.filter((c) => /\/events$/.test(c.path));
    expect(events).to.have.length(1);
    expect(events[0]!.body).to.include({ isOnlineMeeting: false });
    expect((events[0]!.body.attendees as unknown[]).length).to.equal(3);
    const unknown = await t.click(secretary, 'meeting.create', { ...data, formToken: 'abcdef123456', invitees: 'khong-co-ai' });
    expect(String(unknown.value)).to.include('khong-co-ai');
  });

  it('reschedules and cancels: PATCH and cancel on the Graph event, every attendee told', async () => {
    await start(true);
    await t.say(secretary, LINE);
    await t.say(secretary, 'dời họp 05/12/2026 14:00');
    const patch = t.graph.calls.find((c) => c.method === 'PATCH');
    expect(patch!.path).to.match(/\/events\/event-1$/);
    expect(patch!.body.start).to.deep.equal({ dateTime: '2026-12-05T14:00:00', timeZone: 'SE Asia Standard Time' });
    expect(lastText(t, kinhTe)).to.include('được dời sang 14:00–15:30, 05/12/2026');
    expect(t.connector.calls.some((c) => c.method === 'PUT' && c.conversationId === conversationOf(kinhTe))).to.equal(true);

    await t.say(secretary, 'hủy họp do trùng lịch tiếp dân');
    const cancel = t.graph.calls.find((c) => c.method === 'POST' && /\/cancel$/.test(c.path));
    expect(cancel!.path).to.match(/\/events\/event-1\/cancel$/);
    expect(String(cancel!.body.comment)).to.include('trùng lịch tiếp dân');
    expect(lastText(t, tongHop)).to.include('đã bị hủy');
    expect((await onlyMeeting(t)).status).to.equal('cancelled');
  });

  it('sends conclusions to every member and each task to its unit, then follows the tasks up', async () => {
    await start(true);
    await t.say(secretary, LINE);
    const meeting = await onlyMeeting(t);
    await t.say(secretary, 'kết luận');
    expect(lastText(t, secretary)).to.include('meeting.conclusions').and.include('task2Unit');
    const result = await t.click(secretary, 'meeting.conclusions', {
      meetingId: meeting.id,
      conclusions: 'Ban Chỉ đạo thống nhất kế hoạch CCHC năm 2027.',
      task1Content: 'Rà soát thủ tục hành chính lĩnh vực kinh tế',
      task1Unit: 'kinh-te',
      task1Deadline: '2026-12-15',
      task2Content: 'Tổng hợp báo cáo năm',
      task2Unit: 'tong-hop',
      task2Deadline: '2026-12-22',
    });
    expect(String(result.value)).to.include('giao 2 nhiệm vụ');
    expect(allText(t, chief)).to.include('Ban Chỉ đạo thống nhất kế hoạch CCHC năm 2027.');
    expect(lastText(t, kinhTe)).to.include('task.update').and.include('Rà soát thủ tục hành chính lĩnh vực kinh tế');
    expect(lastText(t, tongHop)).to.include('Tổng hợp báo cáo năm');
    expect(await t.bot.app.store.list('tasks')).to.have.length(2);

    const again = await t.click(secretary, 'meeting.conclusions', { meetingId: meeting.id, conclusions: 'x' });
    expect(String(again.value)).to.include('không gửi lại');

    // Monday 14/12/2026 is one working day before the 15th: the reminder ladder (3, 1) fires once.
    expect(await sendTaskReminders(t.bot.app, new Date('2026-12-14T02:00:00Z'))).to.equal(1);
    expect(lastText(t, kinhTe)).to.include('còn 1 ngày làm việc');
    expect(await sendTaskReminders(t.bot.app, new Date('2026-12-14T03:00:00Z'))).to.equal(0);
    // Saturday: never.
    expect(await sendTaskReminders(t.bot.app, new Date('2026-12-19T02:00:00Z'))).to.equal(0);

    await t.say(kinhTe, 'nhiệm vụ');
    const own = allText(t, kinhTe);
    expect(own).to.include('Nhiệm vụ đang thực hiện (1)');
    const refused = await t.click(kinhTe, 'task.update', { taskId: `${meeting.id}-t2`, progress: 'x', done: 'true' });
    expect(String(refused.value)).to.include('không có quyền');
    const done = await t.click(kinhTe, 'task.update', { taskId: `${meeting.id}-t1`, progress: 'Đã rà soát 12 thủ tục', done: 'true' });
    expect(JSON.stringify(done.value)).to.include('Hoàn thành').and.include('Đã rà soát 12 thủ tục');
    expect((await t.bot.app.store.get<MeetingTask>('tasks', `${meeting.id}-t1`))!.status).to.equal('done');
    await t.say(chief, 'nhiệm vụ');
    expect(lastText(t, chief)).to.include('Tổng hợp báo cáo năm').and.not.include('Rà soát thủ tục hành chính');
  });

  it('writes a valid .ics invitation to the outbox in local mode', async () => {
    await start(false);
    await t.say(secretary, LINE);
    expect(lastText(t, secretary)).to.include('Đã tạo lịch');
    const outbox = path.join(t.dataDir, 'outbox');
    const files = (await readdir(outbox)).filter((f) => f.endsWith('.ics'));
    expect(files).to.have.length(1);
    const ics = await readFile(path.join(outbox, files[0]!), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(ics).to.include('METHOD:REQUEST\r\n').and.include('DTSTART:20261204T020000Z\r\n');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).to.include('mailto:kinhte@vanphong.example.gov.vn');
    expect(unfolded).to.include('SUMMARY:Họp Ban Chỉ đạo CCHC (định kỳ) ngày 04/12/2026');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).to.be.at.most(75);
  });
});
