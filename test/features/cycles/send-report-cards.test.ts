import { expect } from 'chai';
import { conversationOf } from '../../helpers/activities.ts';
import { TestBot } from '../../helpers/test-bot.ts';

const UNITS = ['tong-hop', 'kinh-te', 'van-xa', 'kiem-soat-tthc', 'du-an', 'do-thi', 'noi-chinh-phap-che', 'tiep-cong-dan', 'hanh-chinh-to-chuc', 'quan-tri-tai-vu', 'trung-tam-tin-hoc', 'trung-tam-cong-bao'];
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('report forms: a member who installs the app while the forms are still going out', function () {
  this.timeout(30_000);
  let t: TestBot;

  before(async () => {
    t = await TestBot.start({ now: () => new Date('2026-12-01T02:00:00Z') });
  });
  after(async () => {
    await t.stop();
  });

  it('still receives the form once the running fan-out has finished, and nobody gets it twice', async () => {
    const app = t.bot.app;
    const latecomer = t.user('truong-tiep-cong-dan');
    const slow = conversationOf(t.user('truong-kinh-te'));
    for (const unitId of UNITS) {
      const head = app.roster.unit(unitId)!.head;
      if (head !== 'truong-tiep-cong-dan') await t.install(t.user(head));
    }
    await t.install(t.user('thuong-truc'));
    // One slow conversation keeps the first fan-out running while the latecomer installs the app.
    t.connector.faultFor = (call) => (call.conversationId === slow && JSON.stringify(call.body).includes('"verb":"report.submit"') ? { status: 200, delayMs: 1500 } : undefined);

    await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026');
    for (let i = 0; i < 200 && !(await app.cycles.deliveries('2026-q4')).has('tiep-cong-dan'); i++) await sleep(10);
    const before = await app.cycles.deliveries('2026-q4');
    expect(before.get('tiep-cong-dan')?.status, 'the first fan-out found no conversation').to.equal('no-reference');
    expect(before.get('kinh-te')?.status, 'the first fan-out is still waiting on the slow conversation').to.equal('sending');

    await t.install(latecomer);
    await app.tasks.idle();

    const forms = t.connector.calls.filter((c) => c.method !== 'PUT' && JSON.stringify(c.body).includes('"verb":"report.submit"'));
    expect(forms.filter((c) => c.conversationId === conversationOf(latecomer))).to.have.length(1);
    expect(forms).to.have.length(12);
    expect(new Set(forms.map((c) => c.conversationId)).size).to.equal(12);
    expect((await app.cycles.deliveries('2026-q4')).get('tiep-cong-dan')?.status).to.equal('sent');
  });
});
