import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import type { DurableMailer, MailRecord } from '../../src/graph/durable-mailer.ts';
import { GraphApi } from '../../src/graph/graph-api.ts';
import type { GraphCall } from '../helpers/fake-graph.ts';
import { TestBot } from '../helpers/test-bot.ts';
import { sentMails } from '../reliability/helpers/graph-mail.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DRAFT = (c: GraphCall) => c.method === 'POST' && /\/messages$/.test(c.path);
const SEND = (c: GraphCall) => c.method === 'POST' && /\/messages\/[^/]+\/send$/.test(c.path);
const SESSION = (c: GraphCall) => c.method === 'POST' && /\/attachments\/createUploadSession$/.test(c.path);
const LISTING = (c: GraphCall) => c.method === 'GET' && /\/attachments$/.test(c.path);

/** A city-scale report: about 10 MB, random so a misplaced or repeated chunk cannot compare equal. */
const BIG = randomBytes(10 * 1024 * 1024 + 12_345);

function reportMail(key: string, attachments = [{ name: 'bao-cao-quy-IV.docx', contentType: DOCX, content: BIG }]) {
  return { key, to: ['truongban@vanphong.example.gov.vn'], cc: [], subject: 'Báo cáo kết quả CCHC quý IV', html: '<p>Kính gửi Trưởng Ban</p>', attachments };
}

describe('Graph mail with a report too large to go inline (upload session)', function () {
  this.timeout(60_000);
  let t: TestBot;

  beforeEach(async () => {
    t = await TestBot.start({ withGraph: true });
  });

  afterEach(async () => {
    await t.stop();
  });

  /** The one mail Graph delivered holds exactly one copy of the report, byte for byte. */
  const oneMailWithTheWholeReport = () => {
    const mails = sentMails(t.graph);
    expect(mails).to.have.length(1);
    expect(mails[0]!.attachments.map((a) => a.name)).to.deep.equal(['bao-cao-quy-IV.docx']);
    expect(Buffer.from(mails[0]!.attachments[0]!.contentBytes, 'base64').equals(BIG), 'the bytes Graph holds are the report').to.equal(true);
    expect(t.graph.sentMails()[0]!.sendRequests).to.equal(1);
    expect(t.graph.calls.filter(SEND)).to.have.length(1);
  };

  /** The first attempt fails somewhere between the draft and the end of the upload: queued, nothing sent; the retry delivers it. */
  async function failedThenRetried(key: string): Promise<void> {
    expect((await t.bot.app.mailer.send(reportMail(key))).status).to.equal('queued');
    expect(t.graph.sentMails(), 'a draft without its attachment is never sent').to.deep.equal([]);
    expect(t.graph.calls.filter(SEND)).to.have.length(0);
    t.graph.chunkFault = () => undefined;
    const queued = await t.bot.app.store.get<MailRecord>('mail', key);
    expect(queued?.draftId, 'the draft is recorded; the retry finishes it').to.be.a('string');
    expect(queued?.sendRequestedAt, 'no send was requested for a draft missing its attachment').to.equal(undefined);
    t.graph.faultFor = () => undefined;
    expect(await (t.bot.app.mailer as DurableMailer).retryPending()).to.deep.equal({ delivered: 1, stillPending: 0 });
    oneMailWithTheWholeReport();
  }

  it('the old way — the report inline in the draft — is refused by Graph with 413', async () => {
    const graph = new GraphApi({ baseUrl: t.graph.url, tokens: t.graph.tokenProvider() });
    const inline = { subject: 'x', attachments: [{ '@odata.type': '#microsoft.graph.fileAttachment', name: 'bao-cao.docx', contentType: DOCX, contentBytes: BIG.toString('base64') }] };
    const refused = await graph.post('/users/thuongtruc@vanphong.example.gov.vn/messages', inline).then(
      () => undefined,
      (error: unknown) => error as { status?: number },
    );
    expect(refused?.status).to.equal(413);
    expect(t.graph.unsentDrafts()).to.equal(0);
  });

  it('a ~10 MB report: a draft without it, then an upload session in 320 KiB-multiple chunks without a bearer token, then one send', async () => {
    expect(await t.bot.app.mailer.send(reportMail('report-big'))).to.deep.equal({ status: 'sent', via: 'graph' });
    oneMailWithTheWholeReport();
    const draft = t.graph.calls.find(DRAFT)!;
    expect(draft.body.attachments).to.deep.equal([]);
    const session = t.graph.calls.find(SESSION)!;
    expect(session.body).to.deep.equal({ AttachmentItem: { attachmentType: 'file', name: 'bao-cao-quy-IV.docx', size: BIG.length, contentType: DOCX } });
    expect(t.graph.uploads.every((u) => u.authorization === undefined && (u.status === 200 || u.status === 201))).to.equal(true);
    expect(t.graph.uploads.map((u) => u.status)).to.deep.equal([200, 200, 200, 201]);
    const order = t.graph.calls.map((c) => (DRAFT(c) ? 'draft' : SESSION(c) ? 'session' : SEND(c) ? 'send' : LISTING(c) ? 'list' : undefined)).filter(Boolean);
    expect(order).to.deep.equal(['draft', 'list', 'session', 'send']);
  });

  it('an upload chunk refused mid-way: the mail stays queued, unsent; the retry uploads the report again from byte 0 and sends one mail with one copy', async () => {
    t.graph.chunkFault = (chunk) => (chunk.range.startsWith('bytes 3276800-') && t.graph.uploads.length < 3 ? { status: 503 } : undefined);
    await failedThenRetried('report-cut');
    expect(t.graph.calls.filter(DRAFT), 'the retry finishes the recorded draft').to.have.length(1);
    expect(t.graph.calls.filter(SESSION)).to.have.length(2);
  });

  it('the last chunk taken but its 201 lost: the retry finds the attachment on the draft, does not upload it again, and sends one mail with one copy', async () => {
    t.graph.chunkFault = (chunk) => (chunk.range.endsWith(`-${BIG.length - 1}/${BIG.length}`) ? { status: 504, afterWork: true } : undefined);
    await failedThenRetried('report-lost-201');
    expect(t.graph.calls.filter(SESSION), 'no second upload').to.have.length(1);
    expect(t.graph.calls.filter(LISTING)).to.have.length(2);
  });

  it('the upload session cannot be opened: nothing is sent; the retry opens one and sends one mail', async () => {
    t.graph.faultFor = (c) => (SESSION(c) ? { status: 400 } : undefined);
    await failedThenRetried('report-no-session');
  });

  it('a small mail still goes in one draft POST with its attachment inline — no listing, no upload session', async () => {
    const small = [{ name: 'bao-cao.docx', contentType: DOCX, content: Buffer.from('PK-small-docx') }];
    expect(await t.bot.app.mailer.send(reportMail('report-small', small))).to.deep.equal({ status: 'sent', via: 'graph' });
    const mails = sentMails(t.graph);
    expect(mails).to.have.length(1);
    expect(Buffer.from(mails[0]!.attachments[0]!.contentBytes, 'base64').toString()).to.equal('PK-small-docx');
    expect(t.graph.calls.map((c) => `${c.method} ${c.path.replace(/msg-\d+/, 'ID')}`)).to.deep.equal([
      'POST /users/thuongtruc@vanphong.example.gov.vn/messages',
      'POST /users/thuongtruc@vanphong.example.gov.vn/messages/ID/send',
    ]);
    expect(t.graph.uploads).to.deep.equal([]);
  });

  it('small attachments that together pass the inline budget: those that fit go inline, the rest are POSTed to the draft once each', async () => {
    const parts = [1, 2, 3].map((n) => ({ name: `phu-luc-${n}.pdf`, contentType: 'application/pdf', content: randomBytes(1_700_000) }));
    expect(await t.bot.app.mailer.send(reportMail('report-parts', parts))).to.deep.equal({ status: 'sent', via: 'graph' });
    const mails = sentMails(t.graph);
    expect(mails).to.have.length(1);
    expect(mails[0]!.attachments.map((a) => a.name)).to.deep.equal(['phu-luc-1.pdf', 'phu-luc-2.pdf', 'phu-luc-3.pdf']);
    mails[0]!.attachments.forEach((a, i) => expect(Buffer.from(a.contentBytes, 'base64').equals(parts[i]!.content)).to.equal(true));
    expect((t.graph.calls.find(DRAFT)!.body.attachments as unknown[]).length).to.equal(1);
    expect(t.graph.calls.filter((c) => c.method === 'POST' && /\/attachments$/.test(c.path))).to.have.length(2);
  });
});
