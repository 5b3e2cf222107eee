import { expect } from 'chai';
import type { Meeting } from '../../src/domain/meetings/index.ts';
import type { DurableMailer, MailRecord } from '../../src/graph/durable-mailer.ts';
import { eventTransactionId } from '../../src/graph/calendar-events.ts';
import { lastText, LINE, NOW, storedMeetings, textsTo } from '../features/meetings/meeting-test-helpers.ts';
import type { GraphCall } from '../helpers/fake-graph.ts';
import { TestBot } from '../helpers/test-bot.ts';

const DRAFT = (c: GraphCall) => c.method === 'POST' && /\/messages$/.test(c.path);
const SEND = (c: GraphCall) => c.method === 'POST' && /\/messages\/[^/]+\/send$/.test(c.path);
const EVENT = (c: GraphCall) => c.method === 'POST' && /\/events$/.test(c.path);

const MAIL = {
  to: ['truongban@vanphong.example.gov.vn'],
  cc: [],
  subject: 'Báo cáo kết quả CCHC',
  html: '<p>Báo cáo</p>',
  attachments: [{ name: 'bao-cao.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: Buffer.from('PK-docx') }],
};

/** The SDK's RetryHandler waits 3 s before retrying a 504 without Retry-After; these tests do not wait. */
const FAST = { 'Retry-After': '0' };

/** Fails the first matching request once with `fault`. */
function once(match: (c: GraphCall) => boolean, fault: { status: number; afterWork?: boolean; delayMs?: number; headers?: Record<string, string> }) {
  let used = false;
  return (call: GraphCall) => {
    if (used || !match(call)) return undefined;
    used = true;
    return fault;
  };
}

describe('promise 5 — every Graph write exactly once (in process, Graph double does the work and then fails)', function () {
  this.timeout(30_000);
  let t: TestBot;

  afterEach(async () => {
    await t.stop();
  });

  describe('mail: a draft, its id recorded, then its send', () => {
    beforeEach(async () => {
      t = await TestBot.start({ withGraph: true, now: () => NOW, env: { GRAPH_TIMEOUT_MS: '1500' } });
    });

    const oneMailWithAttachment = () => {
      const sent = t.graph.sentMails();
      expect(sent).to.have.length(1);
      const attachments = sent[0]!.message.attachments as Array<{ name: string; contentBytes: string }>;
      expect(attachments.map((a) => a.name)).to.deep.equal(['bao-cao.docx']);
      expect(Buffer.from(attachments[0]!.contentBytes, 'base64').toString()).to.equal('PK-docx');
    };

    it('sends through a draft, asking for immutable ids, and records the draft id', async () => {
      expect(await t.bot.app.mailer.send({ ...MAIL, key: 'plain' })).to.deep.equal({ status: 'sent', via: 'graph' });
      oneMailWithAttachment();
      expect(t.graph.calls.filter(DRAFT)[0]!.prefer).to.equal('IdType="ImmutableId"');
      const record = await t.bot.app.store.get<MailRecord>('mail', 'plain');
      expect(record).to.include({ status: 'sent', draftId: t.graph.sentMails()[0]!.id });
    });

    it('a send answered 504 after Graph sent it: the SDK’s retry is refused as already sent, the mailbox check settles it — one mail', async () => {
      t.graph.faultFor = once(SEND, { status: 504, afterWork: true, headers: FAST });
      expect(await t.bot.app.mailer.send({ ...MAIL, key: 'send-504' })).to.deep.equal({ status: 'sent', via: 'graph' });
      oneMailWithAttachment();
      expect(t.graph.sentMails()[0]!.sendRequests, 'the SDK retried the POST').to.equal(2);
      expect(await t.bot.app.store.list('mail-pending')).to.deep.equal([]);
    });

    it('a send that times out after Graph sent it is found sent by the check — one mail, nothing left queued', async () => {
      t.graph.faultFor = once(SEND, { status: 504, afterWork: true, delayMs: 3000 });
      expect(await t.bot.app.mailer.send({ ...MAIL, key: 'send-timeout' })).to.deep.equal({ status: 'sent', via: 'graph' });
      oneMailWithAttachment();
      expect(t.graph.sentMails()[0]!.sendRequests).to.equal(1);
    });

    it('a draft answered 504 after Graph made it: a second draft may be left unsent, one mail is delivered', async () => {
      t.graph.faultFor = once(DRAFT, { status: 504, afterWork: true, headers: FAST });
      expect(await t.bot.app.mailer.send({ ...MAIL, key: 'draft-504' })).to.deep.equal({ status: 'sent', via: 'graph' });
      oneMailWithAttachment();
      expect(t.graph.unsentDrafts()).to.equal(1);
    });

    it('a send that failed for certain stays queued; the retry checks the draft first and sends it once', async () => {
      t.graph.faultFor = (call) => (SEND(call) ? { status: 503, headers: { 'Retry-After': '0' } } : undefined);
      expect((await t.bot.app.mailer.send({ ...MAIL, key: 'send-503' })).status).to.equal('queued');
      expect(t.graph.sentMails()).to.have.length(0);
      const queued = await t.bot.app.store.get<MailRecord>('mail', 'send-503');
      expect(queued?.draftId).to.be.a('string');
      expect(queued?.sendRequestedAt).to.be.a('string');
      t.graph.faultFor = () => undefined;
      const mailer = t.bot.app.mailer as DurableMailer;
      expect(await mailer.retryPending()).to.deep.equal({ delivered: 1, stillPending: 0 });
      expect(await mailer.retryPending()).to.deep.equal({ delivered: 0, stillPending: 0 });
      oneMailWithAttachment();
      expect(t.graph.calls.filter(DRAFT)).to.have.length(1);
      // One check after the failed send, one before the retry's send: both found a draft.
      expect(t.graph.calls.filter((c) => c.method === 'GET')).to.have.length(2);
      expect(t.graph.unsentDrafts()).to.equal(0);
    });
  });

  describe('events: one transactionId per meeting', () => {
    beforeEach(async () => {
      t = await TestBot.start({ withGraph: true, now: () => NOW, env: { GRAPH_TIMEOUT_MS: '1500' } });
      for (const id of ['thu-ky', 'truong-kinh-te']) await t.install(t.user(id));
    });

    const meetingCards = () => textsTo(t, t.user('truong-kinh-te')).filter((x) => x.includes('meeting.attend'));

    it('an event POST answered 504 after Graph created it: the SDK’s retry carries the same transactionId — one event, one card each', async () => {
      t.graph.faultFor = once(EVENT, { status: 504, afterWork: true, headers: FAST });
      await t.say(t.user('thu-ky'), LINE);
      expect(lastText(t, t.user('thu-ky'))).to.include('Đã tạo lịch');
      const posts = t.graph.calls.filter(EVENT);
      expect(posts).to.have.length(2);
      const [meeting] = await storedMeetings(t);
      expect(posts.map((p) => p.body.transactionId)).to.deep.equal([eventTransactionId(meeting!.id), eventTransactionId(meeting!.id)]);
      expect(t.graph.events()).to.have.length(1);
      expect(meeting).to.include({ status: 'scheduled', eventId: 'event-1', invitationsPending: false });
      expect(meetingCards()).to.have.length(1);
    });

    it('an event POST that times out after Graph created it stays in doubt, is reconciled on the next tick — one event, cards sent once', async () => {
      t.graph.faultFor = once(EVENT, { status: 504, afterWork: true, delayMs: 3000 });
      await t.say(t.user('thu-ky'), LINE);
      expect(lastText(t, t.user('thu-ky'))).to.include('chưa xác nhận').and.include('không cần tạo lại');
      expect((await storedMeetings(t)).map((m) => m.status)).to.deep.equal(['creating']);
      expect(meetingCards()).to.have.length(0);
      await t.bot.scheduler.tick(NOW);
      const [meeting] = await storedMeetings(t);
      expect(meeting).to.include({ status: 'scheduled', eventId: 'event-1' });
      expect(t.graph.events()).to.have.length(1);
      expect(t.graph.calls.filter(EVENT)).to.have.length(2);
      expect(meetingCards()).to.have.length(1);
      await t.bot.scheduler.tick(NOW);
      expect(t.graph.calls.filter(EVENT)).to.have.length(2);
      expect(meetingCards()).to.have.length(1);
    });

    it('update and cancel are safe to repeat: PATCH replaces, and a repeated cancel changes nothing more', async () => {
      await t.say(t.user('thu-ky'), LINE);
      const [meeting] = await storedMeetings(t);
      t.graph.faultFor = once((c) => c.method === 'PATCH', { status: 504, afterWork: true, headers: FAST });
      await t.say(t.user('thu-ky'), 'dời họp 04/12/2026 sang 05/12/2026 14:00');
      const patches = t.graph.calls.filter((c) => c.method === 'PATCH');
      expect(patches).to.have.length(2);
      expect(patches[0]!.body).to.deep.equal(patches[1]!.body);
      t.graph.faultFor = once((c) => c.path.endsWith('/cancel'), { status: 504, afterWork: true, headers: FAST });
      await t.say(t.user('thu-ky'), 'hủy họp 05/12/2026 Đổi kế hoạch');
      expect(t.graph.calls.filter((c) => c.path.endsWith('/cancel'))).to.have.length(2);
      expect(t.graph.events()[0]).to.include({ isCancelled: true });
      expect(lastText(t, t.user('thu-ky'))).to.not.include('Microsoft Graph');
      expect((await t.bot.app.store.get<Meeting>('meetings', meeting!.id))!.status).to.equal('cancelled');
      expect(t.graph.events()).to.have.length(1);
    });
  });
});
