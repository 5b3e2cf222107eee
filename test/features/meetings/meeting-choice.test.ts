import { expect } from 'chai';
import type { TeamsUser } from '../../helpers/activities.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { lastText, LINE, meetingOn, NOW } from './meeting-test-helpers.ts';

const SECOND = 'họp 05/12/2026 14:00 60 phút tại Phòng họp 1: Rà soát thủ tục hành chính';

describe('meetings: naming which meeting to reschedule or cancel (HTTP, fake Graph)', () => {
  let t: TestBot;
  let secretary: TeamsUser;
  let kinhTe: TeamsUser;

  beforeEach(async () => {
    t = await TestBot.start({ withGraph: true, now: () => NOW });
    secretary = t.user('thu-ky');
    kinhTe = t.user('truong-kinh-te');
    for (const user of [secretary, kinhTe]) await t.install(user);
    await t.say(secretary, LINE);
    await t.say(secretary, SECOND);
  });

  afterEach(async () => {
    await t.stop();
  });

  const graphChanges = () => t.graph.calls.filter((c) => c.method === 'PATCH' || /\/cancel$/.test(c.path));

  it('asks which meeting, with a short list, when several are upcoming and none is named', async () => {
    await t.say(secretary, 'dời họp 06/12/2026 14:00');
    const ask = lastText(t, secretary);
    expect(ask).to.include('Anh/Chị muốn dời cuộc họp nào?').and.include('Có 2 cuộc họp sắp tới; chưa thay đổi gì.');
    expect(ask).to.include('09:00–10:30, 04/12/2026 (định kỳ) — Phòng họp 2').and.include('14:00–15:00, 05/12/2026 (định kỳ) — Phòng họp 1');
    expect(ask).to.include('dời họp 04/12/2026 sang 06/12/2026 14:00');

    await t.say(secretary, 'hủy họp do trùng lịch');
    expect(lastText(t, secretary)).to.include('Anh/Chị muốn hủy cuộc họp nào?').and.include('hủy họp 04/12/2026 [lý do]');

    expect(graphChanges()).to.deep.equal([]);
    expect((await meetingOn(t, '2026-12-04')).status).to.equal('scheduled');
    expect((await meetingOn(t, '2026-12-05')).status).to.equal('scheduled');
  });

  it('reschedules the meeting named by its date, and only that one', async () => {
    await t.say(secretary, 'dời họp 05/12/2026 sang 07/12/2026 9:00');
    expect(lastText(t, secretary)).to.include('Đã cập nhật lịch Outlook');
    const patches = t.graph.calls.filter((c) => c.method === 'PATCH');
    expect(patches).to.have.length(1);
    expect(patches[0]!.path).to.equal('/users/thuky@vanphong.example.gov.vn/events/event-2');
    expect(patches[0]!.body.start).to.deep.equal({ dateTime: '2026-12-07T09:00:00', timeZone: 'SE Asia Standard Time' });
    expect(patches[0]!.body.location).to.deep.equal({ displayName: 'Phòng họp 1' });
    expect((await meetingOn(t, '2026-12-07')).sequence).to.equal(1);
    expect((await meetingOn(t, '2026-12-04')).sequence).to.equal(0);
    expect(lastText(t, kinhTe)).to.include('được dời sang 09:00–10:00, 07/12/2026');
  });

  it('cancels the meeting named by its date with the reason, then keeps the one-meeting behaviour', async () => {
    await t.say(secretary, 'hủy họp 04/12/2026 do trùng lịch tiếp dân');
    const cancels = t.graph.calls.filter((c) => /\/cancel$/.test(c.path));
    expect(cancels).to.have.length(1);
    expect(cancels[0]!.path).to.equal('/users/thuky@vanphong.example.gov.vn/events/event-1/cancel');
    expect(String(cancels[0]!.body.comment)).to.include(': do trùng lịch tiếp dân').and.not.include('04/12/2026 do');
    expect((await meetingOn(t, '2026-12-04')).status).to.equal('cancelled');
    expect((await meetingOn(t, '2026-12-05')).status).to.equal('scheduled');

    await t.say(secretary, 'hủy họp 10/12/2026');
    expect(lastText(t, secretary)).to.include('Không có cuộc họp sắp tới nào vào 10/12/2026').and.include('hủy họp 05/12/2026 [lý do]');
    expect(t.graph.calls.filter((c) => /\/cancel$/.test(c.path))).to.have.length(1);

    // Exactly one upcoming meeting left: the command without a date still targets it.
    await t.say(secretary, 'dời họp 08/12/2026 10:00');
    const patch = t.graph.calls.find((c) => c.method === 'PATCH');
    expect(patch!.path).to.match(/\/events\/event-2$/);
    await t.say(secretary, 'hủy họp');
    expect(t.graph.calls.filter((c) => /\/cancel$/.test(c.path)).map((c) => c.path)).to.deep.equal([
      '/users/thuky@vanphong.example.gov.vn/events/event-1/cancel',
      '/users/thuky@vanphong.example.gov.vn/events/event-2/cancel',
    ]);
    expect((await meetingOn(t, '2026-12-08')).status).to.equal('cancelled');
  });

  it('asks for the time too when two meetings share the named date', async () => {
    await t.say(secretary, 'họp 04/12/2026 15:00 60 phút tại Phòng họp 3: Họp nhóm số hóa');
    await t.say(secretary, 'hủy họp 04/12/2026');
    expect(lastText(t, secretary)).to.include('Có 2 cuộc họp sắp tới').and.include('hủy họp 04/12/2026 09:00 [lý do]');
    await t.say(secretary, 'hủy họp 04/12/2026 15:00 họp nhóm lùi sang tuần sau');
    const cancels = t.graph.calls.filter((c) => /\/cancel$/.test(c.path));
    expect(cancels).to.have.length(1);
    expect(cancels[0]!.path).to.match(/\/events\/event-3\/cancel$/);
    expect(String(cancels[0]!.body.comment)).to.include('họp nhóm lùi sang tuần sau');
  });
});
