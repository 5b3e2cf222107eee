import { expect } from 'chai';
import { REMINDER } from '../../../src/i18n/reminder-strings.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { SimClock, everyone } from '../../scheduler/sim-helpers.ts';

const s = REMINDER.vi;
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

describe('escalation and chief-summary cards name who acts', function () {
  this.timeout(60_000);
  it('the unit deputy for an absent head; the deputy chief, who receives the chief’s summary under delegation', async () => {
    const clock = new SimClock(new Date('2026-12-01T02:00:00Z'));
    const t = await TestBot.start({ now: () => clock.now, env: { SCHEDULER_CRON: '' } });
    try {
      for (const id of everyone(t)) await t.install(t.user(id));
      await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 10/12/2026');
      await t.bot.app.tasks.idle();
      await t.say(t.user('thuong-truc'), 'vắng Phòng Kinh tế');
      const texts = (id: string) => t.connector.messagesTo(conversationOf(t.user(id))).map((c) => FakeConnector.textOf(c));

      await t.bot.scheduler.tick(clock.set('2026-12-11', '08:30'));
      const escalation = texts('pho-truong-ban').filter((x) => x.includes(inJson(s.escalationTitle('Quý IV/2026'))));
      expect(escalation).to.have.length(1);
      expect(escalation[0]).to.include(inJson(s.actingDeputy('Lý Thu Phó Kinh Tế', 'Trịnh Minh Kinh Tế')));

      await t.say(t.user('truong-ban'), 'ủy quyền 14/12/2026 18/12/2026');
      await t.bot.scheduler.tick(clock.set('2026-12-15', '08:30'));
      const summaryTitle = inJson(s.chiefSummaryTitle('Quý IV/2026'));
      expect(texts('truong-ban').filter((x) => x.includes(summaryTitle))).to.deep.equal([]);
      const summary = texts('pho-truong-ban').filter((x) => x.includes(summaryTitle));
      expect(summary).to.have.length(1);
      expect(summary[0]).to.include(inJson(s.actingForChief('Võ Thị Phó Ban')));
      expect(summary[0]).to.include(inJson(s.actingDeputy('Lý Thu Phó Kinh Tế', 'Trịnh Minh Kinh Tế')));
    } finally {
      await t.stop();
    }
  });
});
