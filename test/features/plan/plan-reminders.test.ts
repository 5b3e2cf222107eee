import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { localDate } from '../../../src/domain/calendar/index.ts';
import { applyProgress } from '../../../src/domain/plan/plan-progress.ts';
import { getPlan, updatePlan } from '../../../src/features/plan/plan-repo.ts';
import { PLAN_REMINDER } from '../../../src/i18n/plan-reminder-strings.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { SimClock } from '../../scheduler/sim-helpers.ts';
import { planWorkbook } from './plan-sheets.ts';

const PEOPLE = ['thuong-truc', 'truong-ban', 'truong-kinh-te', 'truong-van-xa', 'truong-tong-hop'];
/** The fixed part of the reminder and the escalation texts, from the catalogue. */
const REMINDER_MARK = PLAN_REMINDER.vi.reminder('\u0000', '\u0000').split('\u0000')[0]!.split(' — ')[0]!;
const ESCALATION_MARK = PLAN_REMINDER.vi.escalation(1).split(' ').slice(3, 10).join(' ');

describe('plan task deadlines on the reminder ladder: each step once across a restart, escalated when overdue', function () {
  this.timeout(120_000);
  let dataDir: string;
  let t: TestBot;
  const clock = new SimClock(new Date('2027-06-01T02:00:00Z'));
  /** Plan messages each member received so far: reminders (with the task named) and escalations. */
  const received = new Map<string, string[]>();

  const collect = () => {
    for (const id of PEOPLE) {
      const texts = t.connector.messagesTo(conversationOf(t.user(id))).map((c) => FakeConnector.textOf(c));
      const plan = texts.filter((x) => x.includes(REMINDER_MARK) || x.includes(ESCALATION_MARK));
      received.set(id, [...(received.get(id) ?? []), ...plan]);
    }
    t.connector.calls.length = 0;
  };
  const tickAt = async (date: string, time: string) => {
    clock.set(date, time);
    await t.bot.scheduler.tick(clock.now);
    collect();
  };
  const start = async () => {
    t = await TestBot.start({ now: () => clock.now, dataDir });
    for (const id of PEOPLE) await t.install(t.user(id));
  };

  before(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-plan-ladder-'));
    await start();
    const sheet = await planWorkbook([
      ['1', 'Rà soát quy định về đầu tư công', 'Cải cách thể chế', 'Phòng Kinh tế', '', '15/06/2027', 'Báo cáo rà soát', 'Đang thực hiện'],
      ['2', 'Tổng kết mô hình một cửa', 'tthc', 'Phòng Văn xã', '', '16/06/2027', 'Báo cáo', 'Hoàn thành'],
      ['3', 'Đánh giá chỉ số CCHC', 'Công tác chỉ đạo, điều hành cải cách hành chính', 'Phòng Tổng hợp', '', 'Quý IV', 'Báo cáo', ''],
    ]);
    await t.sendFile(t.user('thuong-truc'), 'ke-hoach-cchc-2027.xlsx', sheet);
    collect();
  });
  after(async () => {
    await t.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reminds the lead unit head three working days before, once, and not again after a restart', async () => {
    await tickAt('2027-06-09', '09:00');
    expect(received.get('truong-kinh-te')).to.deep.equal([]);
    await tickAt('2027-06-10', '08:00');
    expect(received.get('truong-kinh-te'), 'before the reminder time').to.deep.equal([]);
    await tickAt('2027-06-10', '09:00');
    expect(received.get('truong-kinh-te')).to.have.length(1);
    expect(received.get('truong-kinh-te')![0]).to.include('Rà soát quy định về đầu tư công').and.include('15/06/2027');
    await tickAt('2027-06-10', '10:00');
    await t.stop();
    await start();
    await tickAt('2027-06-10', '11:00');
    expect(received.get('truong-kinh-te')).to.have.length(1);
    // A task already done is never reminded, nor one due later in the year.
    expect(received.get('truong-van-xa')).to.deep.equal([]);
    expect(received.get('truong-tong-hop')).to.deep.equal([]);
  });

  it('skips the weekend, then reminds the working day before, on the day, and overdue', async () => {
    await tickAt('2027-06-12', '09:00');
    await tickAt('2027-06-13', '09:00');
    expect(received.get('truong-kinh-te')).to.have.length(1);
    await tickAt('2027-06-14', '09:00');
    await tickAt('2027-06-15', '09:00');
    await tickAt('2027-06-15', '15:00');
    expect(received.get('truong-kinh-te')).to.have.length(3);
    expect(received.get('thuong-truc')).to.deep.equal([]);
  });

  it('escalates the first working day after the deadline to the standing member and the chief, once', async () => {
    await tickAt('2027-06-16', '09:00');
    await t.stop();
    await start();
    await tickAt('2027-06-16', '10:00');
    expect(received.get('truong-kinh-te')).to.have.length(4);
    for (const leader of ['thuong-truc', 'truong-ban']) {
      expect(received.get(leader), leader).to.have.length(1);
      expect(received.get(leader)![0]).to.include(ESCALATION_MARK).and.include('Rà soát quy định về đầu tư công');
    }
    const ledger = await t.bot.app.store.get<{ entries: Record<string, { status: string }> }>('jobs', 'plan-2027');
    expect(Object.keys(ledger!.entries).filter((k) => k.startsWith('t-1.')).sort()).to.deep.equal(['before-1', 'before-3', 'due', 'escalation', 'overdue-1'].map((r) => `t-1.2027-06-15.${r}`));
  });

  it('a task done after its deadline is recorded as late and reminded no more', async () => {
    clock.set('2027-06-17', '08:00');
    await updatePlan(t.bot.app, 2027, (plan) => ({ ...plan!, tasks: plan!.tasks.map((x) => (x.id === 't-1' ? applyProgress(x, 2027, { status: 'done', result: 'Đã ban hành báo cáo', at: clock.now.toISOString(), by: 'truong-kinh-te', today: localDate(clock.now) }) : x)) }));
    await tickAt('2027-06-17', '09:00');
    await tickAt('2027-06-18', '09:00');
    expect(received.get('truong-kinh-te')).to.have.length(4);
    const task = (await getPlan(t.bot.app, 2027))!.tasks.find((x) => x.id === 't-1')!;
    expect(task).to.deep.include({ status: 'done', doneOn: '2027-06-17', late: true });
  });
});
