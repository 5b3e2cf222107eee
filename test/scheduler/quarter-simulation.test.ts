import { expect } from 'chai';
import { conversationOf } from '../helpers/activities.ts';
import { TestBot } from '../helpers/test-bot.ts';
import { MessageLog, SimClock, days, everyone, headsOf, submit } from './sim-helpers.ts';

const TICKS = ['06:00', '08:30', '13:00', '19:00'];
const FIRST = ['tong-hop', 'van-xa', 'kiem-soat-tthc', 'do-thi', 'noi-chinh-phap-che', 'quan-tri-tai-vu'];
const SECOND = ['trung-tam-tin-hoc', 'trung-tam-cong-bao', 'hanh-chinh-to-chuc'];

describe('scheduler: a whole quarter day by day over HTTP (Q4/2026)', function () {
  this.timeout(120_000);
  const clock = new SimClock(new Date('2026-10-01T02:00:00Z'));
  let t: TestBot;
  let log: MessageLog;
  const at = (date: string, time: string) => `${date} ${time}`;
  const each = (stamp: string, members: string[]) => members.map((m) => `${stamp} ${m}`).sort();

  before(async () => {
    t = await TestBot.start({ now: () => clock.now });
    for (const id of everyone(t)) await t.install(t.user(id));
    // A regular meeting in November: no nudge that month (Điều 7.2).
    await t.bot.app.store.update('meetings', 'm-2026-11', () => ({ id: 'm-2026-11', kind: 'regular', date: '2026-11-20', start: '09:00', durationMinutes: 60, place: 'Phòng họp 1', online: false, agenda: ['Tình hình CCHC'], invitees: [], status: 'scheduled', organizer: 'thu-ky', createdBy: 'thu-ky', createdAt: clock.now.toISOString(), sequence: 0, responses: {}, cards: {} }));
    log = new MessageLog(t);
    log.skip();
    for (const date of days('2026-10-01', '2026-12-31')) {
      for (const time of TICKS) {
        clock.set(date, time);
        if (date === '2026-12-02' && time === '13:00') for (const u of FIRST) await submit(t, u);
        if (date === '2026-12-08' && time === '13:00') for (const u of SECOND) await submit(t, u);
        if (date === '2026-12-10' && time === '13:00') await submit(t, 'kinh-te');
        await t.bot.scheduler.tick(clock.now);
        await t.bot.app.tasks.idle();
        log.collect(at(date, time));
      }
    }
  });
  after(async () => {
    await t.stop();
  });

  it('opens the quarter on its own on the first working day of December and sends the 12 forms once', () => {
    expect(log.lines('auto-opened')).to.deep.equal(['2026-12-01 08:30 thuong-truc']);
    const forms = log.lines('form');
    expect(forms).to.have.length(12);
    expect(new Set(forms.map((l) => l.slice(0, 16)))).to.deep.equal(new Set(['2026-12-01 08:30']));
  });

  it('reminds exactly the units still missing, on exactly the rung days, inside working hours', async () => {
    const pending7 = ['kinh-te', 'du-an', 'tiep-cong-dan', ...SECOND];
    const late = ['du-an', 'tiep-cong-dan'];
    expect(log.lines('reminder').sort()).to.deep.equal(
      [
        ...each(at('2026-12-07', '08:30'), headsOf(t, pending7)),
        ...each(at('2026-12-09', '08:30'), headsOf(t, ['kinh-te', ...late])),
        ...each(at('2026-12-10', '08:30'), headsOf(t, ['kinh-te', ...late])),
        // Overdue-1 only: the compile deadline (Mon 14/12 08:30) closes submissions before overdue-2.
        ...each(at('2026-12-11', '08:30'), headsOf(t, late)),
      ].sort(),
    );
    const texts = log.entries.filter((e) => e.kind === 'reminder' && e.member === 'truong-du-an').map((e) => e.text);
    expect(texts[0]).to.include('Còn 3 ngày làm việc').and.include('10/12/2026').and.include('Mở phiếu báo cáo');
    expect(texts[2]).to.include('Hạn cuối hôm nay');
    expect(texts[3]).to.include('Quá hạn 1 ngày làm việc');
    expect(texts[0]).to.include('"verb":"report.edit"').and.include('"unitId":"du-an"');
  });

  it('escalates once to the deputy chief and the standing member, then compiles, then tells the chief', () => {
    expect(log.lines('escalation').sort()).to.deep.equal(each(at('2026-12-11', '08:30'), ['pho-truong-ban', 'thuong-truc']));
    const escalation = log.entries.find((e) => e.kind === 'escalation')!.text;
    for (const name of ['Phòng Dự án', 'Ban Tiếp công dân', 'Ngô Thị Tiếp Dân']) expect(escalation).to.include(name);
    expect(escalation).to.not.include('Phòng Kinh tế');
    expect(log.lines('preview')).to.deep.equal(['2026-12-14 08:30 thuong-truc']);
    expect(log.lines('chief-summary')).to.deep.equal(['2026-12-15 08:30 truong-ban']);
  });

  it('nudges the secretary on the 25th only in months without a meeting, moving a Sunday to Monday', () => {
    expect(log.lines('meeting-nudge')).to.deep.equal(['2026-10-26 08:30 thu-ky', '2026-12-25 08:30 thu-ky']);
  });

  it('sends nothing at 06:00 or 19:00 and nothing at all on weekends', () => {
    const quiet = log.entries.filter((e) => /0?6:00$|19:00$/.test(e.at) || [0, 6].includes(new Date(`${e.at.slice(0, 10)}T12:00:00Z`).getUTCDay()));
    expect(quiet).to.deep.equal([]);
    expect(log.lines('failure-report')).to.deep.equal([]);
    // The meeting job runs from the same tick: the secretary's digest the day before the November meeting.
    expect(log.lines('meeting-digest')).to.deep.equal(['2026-11-19 08:30 thu-ky']);
    expect(log.lines('progress')).to.deep.equal(['2026-12-01 08:30 thuong-truc']);
    // The sending deadline is the compile deadline (Mon 14/12, compiled that morning): the standing member, unsent report, overdue rungs.
    expect(log.lines('sending-reminder')).to.deep.equal(['2026-12-15 08:30 thuong-truc', '2026-12-16 08:30 thuong-truc', '2026-12-17 08:30 thuong-truc']);
    expect(log.lines('other')).to.deep.equal([]);
  });

  it('reminds plan task deadlines on the same ladder and escalates them only to the standing member and the chief', () => {
    expect(log.lines('plan-reminder').length).to.be.greaterThan(0);
    expect(log.lines('plan-reminder').every((l) => l.includes(' 08:30 '))).to.equal(true);
    expect([...new Set(log.entries.filter((e) => e.kind === 'plan-escalation').map((e) => e.member))].sort()).to.deep.equal(['thuong-truc', 'truong-ban']);
  });

  it('keeps one small ledger document per cycle and per year', async () => {
    expect((await t.bot.app.store.list('jobs')).sort()).to.deep.equal(['auto-2026', 'cycle-2026-q4', 'plan-2026']);
    expect(t.connector.messagesTo(conversationOf(t.user('truong-ban'))).length).to.be.greaterThan(0);
  });
});
