import { expect } from 'chai';
import { readdir } from 'node:fs/promises';
import { createMessage } from '../helpers/activities.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { CARD, CycleDriver } from './helpers/cycle-driver.ts';
import { sentMails } from './helpers/graph-mail.ts';
import { CONNECTOR_RESOURCE, ProductionPath } from './helpers/production-path.ts';
import { CLIENT_ID, forgedToken } from './helpers/production.ts';
import { novemberWeekday, ROSTER, rosterUser } from './helpers/roster-users.ts';

describe('the production path: signed tokens in and out (Entra ID, Bot Connector and Graph doubles, child process)', function () {
  this.timeout(90_000);
  const path = new ProductionPath();
  let driver: CycleDriver;
  const heads = ROSTER.units.map((u) => ({ unitId: u.id, head: u.head }));

  before(async () => {
    await path.start();
    driver = new CycleDriver(path.bot, path.connector);
  });
  after(async () => {
    await path.stop();
  });

  describe('inbound: only activities Entra ID signed for this bot', () => {
    const activity = () => createMessage(rosterUser('thuong-truc'), 'mở báo cáo quý IV/2030', path.connector.url);

    it('still refuses no token, malformed tokens, another audience, a foreign key and another service URL', async () => {
      expect((await path.bot.post(activity(), { authorization: '' })).status, 'no token').to.equal(401);
      for (const value of ['Bearer not-a-jwt', 'Basic dXNlcjpwYXNz', `Bearer ${'a'.repeat(5000)}`]) {
        expect((await path.bot.post(activity(), { authorization: value })).status, value.slice(0, 20)).to.equal(401);
      }
      const otherAudience = await path.entra.channelToken(path.connector.url, { aud: 'some-other-bot' });
      expect((await path.bot.post(activity(), { authorization: `Bearer ${otherAudience}` })).status, 'other audience').to.equal(401);
      const foreign = forgedToken({ aud: CLIENT_ID, iss: path.entra.issuer, serviceurl: path.connector.url });
      expect((await path.bot.post(activity(), { authorization: `Bearer ${foreign}` })).status, 'foreign key').to.equal(401);
      const elsewhere = await path.entra.channelToken('https://attacker.example/');
      expect((await path.bot.post(activity(), { authorization: `Bearer ${elsewhere}` })).status, 'serviceurl of another host').to.be.within(400, 499);
      expect((await readdir(path.dataDir, { recursive: true })).map(String)).to.deep.equal([]);
      expect(path.connector.calls).to.have.length(0);
      expect(path.bot.logs().filter((l) => l.msg === 'activity received')).to.have.length(0);
    });

    it('accepts an activity signed for the bot and answers through the Connector with a token for the connector scope', async () => {
      const { status } = await path.bot.post(createMessage(rosterUser('thuong-truc'), 'trợ giúp', path.connector.url));
      expect(status).to.equal(200);
      expect(path.connector.calls.map((c) => FakeConnector.textOf(c)).join()).to.include('Trợ lý Ban Chỉ đạo CCHC');
      expect(path.connector.unauthorized).to.deep.equal([]);
      const requests = path.entra.requestsFor(CONNECTOR_RESOURCE);
      expect(requests.length).to.be.greaterThan(0);
      expect(requests.every((r) => r.clientId === CLIENT_ID && r.tenant === path.entra.options.tenantId && r.grantType === 'client_credentials' && r.secretMatched)).to.equal(true);
    });
  });

  describe('a whole quarter and one meeting through it', () => {
    it('opens the quarter and delivers 12 report cards, every Connector call with a verified token', async () => {
      for (const id of new Set(['thuong-truc', 'truong-ban', 'thu-ky', ...heads.map((h) => h.head)])) expect((await driver.install(id)).status).to.equal(200);
      await driver.openQuarter();
      const forms = () => path.connector.calls.filter((c) => c.method !== 'PUT' && JSON.stringify(c.body).includes('"verb":"report.submit"'));
      await driver.until(() => forms().length >= 12, '12 report cards');
      expect(new Set(forms().map((c) => c.conversationId)).size).to.equal(12);
      expect(path.connector.unauthorized).to.deep.equal([]);
    });

    it('stores the 12 submissions', async () => {
      for (const { unitId, head } of heads) {
        const res = await driver.submit(head, unitId, `Kết quả quý IV của ${unitId}`);
        expect(res.type, unitId).to.equal(CARD);
        expect(JSON.stringify(res.value)).to.include('Đã nhận báo cáo CCHC');
      }
    });

    it('compiles and sends one mail with the report attached to the chief through Graph with a Graph-scoped token', async () => {
      await driver.say('thuong-truc', `tổng hợp IV/${driver.year}`);
      expect(driver.textTo('thuong-truc')).to.include(`Xem trước báo cáo tổng hợp Quý IV/${driver.year}`);
      const sent = await driver.click('thuong-truc', 'report.send', { cycleId: driver.cycleId });
      expect(JSON.stringify(sent.value)).to.include('Đã gửi báo cáo tổng hợp');
      const mails = sentMails(path.graph);
      expect(mails).to.have.length(1);
      expect(mails[0]!.to).to.deep.equal(['truongban@vanphong.example.gov.vn']);
      expect(mails[0]!.attachments).to.have.length(1);
      expect(mails[0]!.attachments[0]!.name).to.match(/\.docx$/);
      expect(path.graph.refused).to.deep.equal([]);
      const graphTokens = path.entra.requestsFor(path.graph.url);
      expect(graphTokens.length).to.be.greaterThan(0);
      expect(graphTokens.every((r) => r.clientId === CLIENT_ID && r.secretMatched)).to.equal(true);
    });

    it('schedules a meeting (one Graph event), takes a leave request with opinions and the chief’s approval', async () => {
      await driver.say('thu-ky', `họp ${novemberWeekday(driver.year)} 9:00 90 phút tại Phòng họp 2: Đánh giá kết quả CCHC quý IV`);
      expect(driver.textTo('thu-ky')).to.include('Đã tạo lịch');
      expect(path.graph.calls.filter((c) => c.method === 'POST' && /\/events$/.test(c.path))).to.have.length(1);
      const invitation = driver.textTo('truong-tong-hop');
      const meetingId = /"meetingId":"([^"]+)"/.exec(invitation)?.[1];
      expect(meetingId, 'meeting card with its id').to.be.a('string');
      await driver.click('truong-tong-hop', 'meeting.leave', { meetingId, reason: 'Đi công tác', opinions: 'Đồng ý với nội dung đánh giá' });
      expect(driver.textTo('truong-ban')).to.include('meeting.decide').and.include('Đồng ý với nội dung đánh giá');
      const decided = await driver.click('truong-ban', 'meeting.decide', { meetingId, memberId: 'truong-tong-hop', decision: 'approve' });
      expect(JSON.stringify(decided.value)).to.include('Đã đồng ý');
      expect(driver.textTo('truong-tong-hop')).to.include('đã đồng ý cho Anh/Chị vắng mặt');
    });

    it('never sent a Connector or Graph call the doubles refused', () => {
      expect(path.connector.unauthorized).to.deep.equal([]);
      expect(path.graph.refused).to.deep.equal([]);
    });
  });
});
