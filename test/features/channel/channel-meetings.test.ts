import { expect } from 'chai';
import { publish } from '../../../src/features/app-events.ts';
import { CHANNEL } from '../../../src/i18n/channel-strings.ts';
import { meetingSubject } from '../../../src/features/meetings/meeting-view.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { inChannel, inJson, toChannel } from './channel-helpers.ts';

const LINE = 'họp 05/12/2026 9:00 90 phút tại Phòng họp 2: Đánh giá kết quả CCHC quý IV/2026; Triển khai nhiệm vụ năm 2027';

describe('the committee channel: meeting notices and conclusions, posted once', function () {
  this.timeout(60_000);
  let t: TestBot;
  const now = new Date('2026-12-01T02:00:00Z');

  before(async () => {
    t = await TestBot.start({ now: () => now });
    for (const id of ['thu-ky', 'truong-ban', 'truong-kinh-te']) await t.install(t.user(id));
  });
  after(async () => {
    await t.stop();
  });

  it('posts nothing in a channel before it is linked', async () => {
    await t.say(t.user('thu-ky'), LINE);
    await t.bot.app.tasks.idle();
    expect(toChannel(t)).to.have.length(0);
    for (const id of await t.bot.app.repos.meetings.ids()) await t.bot.app.repos.meetings.delete(id);
  });

  it('announces a meeting once when its invitations go out, with the agenda', async () => {
    await inChannel(t, t.user('thu-ky'), 'gắn kênh');
    await t.bot.app.tasks.idle();
    // No open cycle: no board, only the answer in the thread.
    expect(toChannel(t)).to.have.length(0);
    await t.say(t.user('thu-ky'), LINE);
    await t.bot.app.tasks.idle();
    const [meeting] = await t.bot.app.repos.meetings.all();
    const notices = toChannel(t).filter((c) => c.method === 'POST');
    expect(notices).to.have.length(1);
    const text = JSON.stringify(notices[0]!.body);
    expect(text).to.include(inJson(CHANNEL.vi.meetingAnnounced(meetingSubject(meeting!, 'vi'))));
    expect(text).to.include('Phòng họp 2').and.include('Triển khai nhiệm vụ năm 2027');
    // The same event again (a restart's replay of pending invitations) posts nothing more.
    publish(t.bot.app, { type: 'meeting.invited', meetingId: meeting!.id });
    await t.bot.app.tasks.idle();
    expect(toChannel(t).filter((c) => c.method === 'POST')).to.have.length(1);
  });

  it('posts the conclusions with their tasks once', async () => {
    const [meeting] = await t.bot.app.repos.meetings.all();
    const result = await t.click(t.user('thu-ky'), 'meeting.conclusions', {
      meetingId: meeting!.id,
      conclusions: 'Ban Chỉ đạo thống nhất kế hoạch CCHC năm 2027.',
      task1Content: 'Rà soát thủ tục hành chính lĩnh vực kinh tế',
      task1Unit: 'kinh-te',
      task1Deadline: '2026-12-15',
    });
    expect(String(result.value)).to.include('giao 1 nhiệm vụ');
    await t.bot.app.tasks.idle();
    const posts = toChannel(t).filter((c) => c.method === 'POST');
    expect(posts).to.have.length(2);
    const text = JSON.stringify(posts[1]!.body);
    expect(text).to.include('Ban Chỉ đạo thống nhất kế hoạch CCHC năm 2027.').and.include('Rà soát thủ tục hành chính lĩnh vực kinh tế').and.include(inJson(CHANNEL.vi.tasksHeading));
    publish(t.bot.app, { type: 'meeting.concluded', meetingId: meeting!.id });
    await t.bot.app.tasks.idle();
    expect(toChannel(t).filter((c) => c.method === 'POST')).to.have.length(2);
  });
});
