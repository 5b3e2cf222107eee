import { expect } from 'chai';
import { conversationOf } from '../helpers/activities.ts';
import { FakeConnector, type ConnectorCall, type Fault } from '../helpers/fake-connector.ts';
import { TestBot } from '../helpers/test-bot.ts';
import type { MailRecord } from '../../src/graph/durable-mailer.ts';
import { FakeGraph } from '../helpers/fake-graph.ts';

const NOW = new Date('2026-12-01T02:00:00Z');

/**
 * Bot Connector and Graph faults, injected by the fakes on loopback while the real HTTP server,
 * proactive sender and Graph middleware chain run (in-process, so the test controls the clock and
 * uses the fake Graph's token endpoint; see docs/reliability.md for why Graph is not child-process).
 */
describe('promise 5 — outbound faults (real HTTP server, fake Bot Connector and Graph)', function () {
  this.timeout(60_000);

  it('Bot Connector: 429 with Retry-After, 502/503/504, a timeout are retried to one delivery; 403 and endless 429 are reported to the standing member', async () => {
    const t = await TestBot.start({ now: () => NOW, env: { CONNECTOR_TIMEOUT_MS: '1500' } });
    try {
      const head = (unitId: string) => t.bot.app.roster.unit(unitId)!.head;
      const units = ['tong-hop', 'kinh-te', 'van-xa', 'do-thi', 'du-an', 'tiep-cong-dan'];
      for (const id of new Set(['thuong-truc', ...units.map(head)])) await t.install(t.user(id));
      const script: Record<string, Fault[]> = {
        'tong-hop': [{ status: 429, headers: { 'Retry-After': '1' } }],
        'kinh-te': [{ status: 502 }, { status: 503 }, { status: 504 }],
        'van-xa': [{ status: 504, delayMs: 4000 }],
        'do-thi': [{ status: 403 }],
        'du-an': Array.from({ length: 50 }, () => ({ status: 429, headers: { 'Retry-After': '0' } })),
      };
      const attempts = new Map<string, number>();
      const unitOf = new Map(units.map((u) => [conversationOf(t.user(head(u))), u]));
      t.connector.faultFor = (call: ConnectorCall) => {
        const unit = unitOf.get(call.conversationId);
        if (!unit || call.method === 'PUT' || !JSON.stringify(call.body).includes('report.submit')) return undefined;
        const n = attempts.get(unit) ?? 0;
        attempts.set(unit, n + 1);
        return script[unit]?.[n];
      };
      await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 10/12/2026');
      await t.bot.app.tasks.idle();
      const cards = (u: string) => t.connector.messagesTo(conversationOf(t.user(head(u)))).filter((c) => JSON.stringify(c.body).includes('report.submit'));
      for (const u of ['tong-hop', 'kinh-te', 'van-xa', 'tiep-cong-dan']) expect(cards(u), u).to.have.length(1);
      expect(Object.fromEntries(attempts)).to.deep.include({ 'tong-hop': 2, 'kinh-te': 4, 'van-xa': 2, 'do-thi': 1, 'du-an': 6 });
      expect(cards('do-thi')).to.have.length(0);
      expect(cards('du-an')).to.have.length(0);
      const delivery = async (u: string) => (await t.bot.app.cycles.getDelivery('2026-q4', u))!.status;
      expect(await delivery('do-thi')).to.equal('blocked');
      expect(await delivery('du-an')).to.equal('failed');
      const progress = FakeConnector.textOf(t.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === conversationOf(t.user('thuong-truc'))).at(-1)!);
      expect(progress).to.include('đã chặn Trợ lý').and.include('lỗi kết nối Teams');
      expect(progress).to.include(t.bot.app.roster.unit('do-thi')!.name).and.include(t.bot.app.roster.unit('du-an')!.name);
    } finally {
      await t.stop();
    }
  });

  it('Graph: 503s are retried within bounds and the standing member is told the mail is queued; an expired token is refreshed once; the outbox sends it once', async () => {
    const t = await TestBot.start({ withGraph: true, now: () => NOW, env: { GRAPH_TIMEOUT_MS: '500' } });
    try {
      const standing = t.user('thuong-truc');
      await t.install(standing);
      await t.say(standing, 'mở báo cáo quý IV/2026 hạn 10/12/2026');
      await t.bot.app.tasks.idle();
      await t.click(t.user('truong-van-xa'), 'report.submit', { cycleId: '2026-q4', unitId: 'van-xa', [`area_${t.bot.app.roster.unit('van-xa')!.parAreas[0]}`]: 'Kết quả' });

      t.graph.faultFor = (call) => (FakeGraph.isMailWrite(call) ? { status: 503, headers: { 'Retry-After': '0' } } : undefined);
      const queued = await t.click(standing, 'report.send', { cycleId: '2026-q4' });
      expect(JSON.stringify(queued.value)).to.include('Chưa gửi được thư').and.include('hộp thư đi');
      // One attempt plus the RetryHandler's 3 retries: bounded.
      expect(t.graph.refused.filter((c) => c.status === 503)).to.have.length(4);
      const pending = await t.bot.app.store.list('mail-pending');
      expect(pending).to.have.length(1);
      const record = await t.bot.app.store.get<MailRecord>('mail', pending[0]!);
      expect(record).to.include({ status: 'pending', attempts: 1 });
      expect((await t.bot.app.cycles.get('2026-q4'))!.state).to.not.equal('sent');

      // Graph recovers, but the cached token has expired meanwhile: one 401, one refresh, one mail.
      t.graph.faultFor = () => undefined;
      const issued = t.graph.tokensIssued;
      t.graph.validToken = 'rotated-by-entra';
      const sent = await t.click(standing, 'report.send', { cycleId: '2026-q4' });
      expect(JSON.stringify(sent.value)).to.include('Đã gửi báo cáo tổng hợp');
      expect(t.graph.tokensIssued).to.equal(issued + 1);
      expect(t.graph.refused.filter((c) => c.status === 401)).to.have.length(1);
      expect(t.graph.sentMails()).to.have.length(1);
      expect(await t.bot.app.store.list('mail-pending')).to.deep.equal([]);
      const again = await t.click(standing, 'report.send', { cycleId: '2026-q4' });
      expect(JSON.stringify(again.value)).to.include('không gửi lần thứ hai');
      expect(t.graph.sentMails()).to.have.length(1);
    } finally {
      await t.stop();
    }
  });

  it('Graph: 429 with Retry-After is waited out, and a hung Graph times out and leaves the mail queued, not lost', async () => {
    // GRAPH_TIMEOUT_MS bounds a whole call, Retry-After waits included.
    const t = await TestBot.start({ withGraph: true, now: () => NOW, env: { GRAPH_TIMEOUT_MS: '2500' } });
    try {
      let throttled = 0;
      t.graph.faultFor = (call) => (FakeGraph.isMailWrite(call) && throttled++ < 1 ? { status: 429, headers: { 'Retry-After': '1' } } : undefined);
      const mail = { to: ['truongban@vanphong.example.gov.vn'], cc: [], subject: 'Thử', html: '<p>Thử</p>', attachments: [] };
      expect(await t.bot.app.mailer.send({ ...mail, key: 'probe-429' })).to.deep.equal({ status: 'sent', via: 'graph' });
      expect(t.graph.refused.filter((c) => c.status === 429)).to.have.length(1);
      expect(t.graph.sentMails()).to.have.length(1);

      t.graph.faultFor = () => ({ status: 504, delayMs: 4000 });
      const hung = await t.bot.app.mailer.send({ ...mail, key: 'probe-timeout' });
      expect(hung.status).to.equal('queued');
      expect(await t.bot.app.store.list('mail-pending')).to.deep.equal(['probe-timeout']);
      t.graph.faultFor = () => undefined;
      const mailer = t.bot.app.mailer as unknown as { retryPending(): Promise<{ delivered: number; stillPending: number }> };
      expect(await mailer.retryPending()).to.deep.equal({ delivered: 1, stillPending: 0 });
      expect(await mailer.retryPending()).to.deep.equal({ delivered: 0, stillPending: 0 });
      expect(t.graph.sentMails().filter((m) => m.message.subject === 'Thử')).to.have.length(2);
    } finally {
      await t.stop();
    }
  });
});
