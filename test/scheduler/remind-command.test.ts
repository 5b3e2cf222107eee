import { expect } from 'chai';
import { conversationOf } from '../helpers/activities.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { TestBot } from '../helpers/test-bot.ts';
import { SimClock, everyone, kindOf, submit } from './sim-helpers.ts';

describe('`nhắc` / `remind`: the standing member reminds now', function () {
  this.timeout(30_000);
  const clock = new SimClock(new Date('2026-12-01T02:00:00Z'));
  let t: TestBot;
  const lastText = (member: string) => FakeConnector.textOf(t.connector.messagesTo(conversationOf(t.user(member))).at(-1)!);
  const reminders = () => t.connector.calls.filter((c) => c.method !== 'PUT' && kindOf(c) === 'reminder');

  before(async () => {
    t = await TestBot.start({ now: () => clock.now });
    for (const id of everyone(t)) await t.install(t.user(id));
    await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026');
    await t.bot.app.tasks.idle();
    clock.set('2026-12-08', '10:00');
    for (const u of ['tong-hop', 'van-xa', 'kiem-soat-tthc', 'do-thi', 'noi-chinh-phap-che', 'quan-tri-tai-vu', 'trung-tam-tin-hoc', 'trung-tam-cong-bao', 'hanh-chinh-to-chuc']) await submit(t, u);
  });
  after(async () => {
    await t.stop();
  });

  it('refuses a unit head and sends nothing', async () => {
    await t.say(t.user('truong-van-xa'), 'nhắc');
    expect(lastText('truong-van-xa')).to.include('không có quyền');
    expect(reminders()).to.have.length(0);
  });

  it('reminds every unit that has not reported, with the deadline and working days left', async () => {
    await t.say(t.user('thuong-truc'), 'nhắc');
    const sent = reminders();
    expect(sent.map((c) => c.conversationId).sort()).to.deep.equal(['truong-kinh-te', 'truong-du-an', 'truong-tiep-cong-dan'].map((m) => conversationOf(t.user(m))).sort());
    const card = FakeConnector.textOf(sent[0]!);
    expect(card).to.include('10/12/2026').and.include('Còn 2 ngày làm việc').and.include('Mở phiếu báo cáo').and.include('Trần Thị Thường Trực');
    expect(lastText('thuong-truc')).to.include('Đã nhắc 3/3 đơn vị chưa nộp');
    // The button opens the form of the unit (Action.Execute report.edit).
    const opened = await t.click(t.user('truong-du-an'), 'report.edit', { cycleId: '2026-q4', unitId: 'du-an' });
    expect(JSON.stringify(opened.value)).to.include('"verb":"report.submit"');
  });

  it('reminds one named unit, and says when the named unit has already reported or does not exist', async () => {
    const before = reminders().length;
    await t.say(t.user('pho-truong-ban'), 'nhắc kinh tế');
    expect(reminders()).to.have.length(before + 1);
    expect(reminders().at(-1)!.conversationId).to.equal(conversationOf(t.user('truong-kinh-te')));
    await t.say(t.user('thuong-truc'), 'remind van xa');
    expect(lastText('thuong-truc')).to.include('đã nộp báo cáo');
    await t.say(t.user('thuong-truc'), 'nhắc phòng không có');
    expect(lastText('thuong-truc')).to.include('Không tìm thấy đơn vị');
    expect(reminders()).to.have.length(before + 1);
  });

  it('does not consume a rung of the automatic ladder', async () => {
    clock.set('2026-12-09', '08:30');
    await t.bot.scheduler.tick(clock.now);
    const tick = reminders().filter((c) => FakeConnector.textOf(c).includes('Còn 1 ngày làm việc'));
    expect(tick).to.have.length(3);
  });
});
