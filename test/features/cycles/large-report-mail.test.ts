import { expect } from 'chai';
import { readDocx } from '../../report/read-docx.ts';
import { TestBot } from '../../helpers/test-bot.ts';

interface SentMessage {
  body: { contentType: string; content: string };
  attachments: Array<{ name: string; contentBytes: string }>;
}

// ~200,000 characters per unit (well over 1.5 MB of UTF-8 for the 12 units), each unit's text marked so the .docx can be checked for all of them.
const longText = (unitId: string) => `Mốc kiểm tra của ${unitId}. ` + 'Rà soát, cắt giảm thủ tục hành chính; số hóa hồ sơ một cửa. '.repeat(3_300);

describe('a report too large for a mail body, sent through Graph (FileStore)', function () {
  this.timeout(60_000);
  let t: TestBot;
  const now = new Date('2026-12-01T02:00:00Z'); // 09:00 in Hà Nội, before the deadline

  before(async () => {
    t = await TestBot.start({ withGraph: true, now: () => now });
    await t.install(t.user('thuong-truc'));
  });
  after(async () => {
    await t.stop();
  });

  it('carries the summary as its body and the full text of every unit in the attached .docx', async () => {
    const standing = t.user('thuong-truc');
    await t.say(standing, 'mở báo cáo quý IV/2026 hạn 10/12/2026');
    await t.bot.app.tasks.idle();
    const units = t.bot.app.roster.committee.units;
    // Stored through the cycle repository into the real store, as a submission from the card would be.
    for (const unit of units) {
      await t.bot.app.cycles.updateSubmission('2026-q4', unit.id, () => ({
        cycleId: '2026-q4',
        unitId: unit.id,
        versions: [{ version: 1, submittedBy: unit.head, at: '2026-12-01T01:00:00.000Z', late: false, answers: { areas: { [unit.parAreas[0]!]: longText(unit.id) }, taskNote: '', difficulties: 'Thiếu nhân sự', proposals: '', nextQuarterTasks: '', evidence: [], answers: [] } }],
      }));
    }
    await t.say(standing, 'tổng hợp');
    const sent = await t.click(standing, 'report.send', { cycleId: '2026-q4' });
    expect(JSON.stringify(sent.value)).to.include('Đã gửi báo cáo tổng hợp đến Lê Văn Trưởng Ban');
    const mails = t.graph.sentMails();
    expect(mails).to.have.length(1);
    const message = mails[0]!.message as unknown as SentMessage;
    expect(message.body.contentType).to.equal('HTML');
    expect(message.body.content).to.include('toàn văn báo cáo ở tệp đính kèm');
    expect(message.body.content).to.include('Quý IV/2026');
    expect(message.body.content).to.not.include('Mốc kiểm tra của');
    expect(Buffer.byteLength(message.body.content)).to.be.below(1_500_000);
    expect(message.attachments).to.have.length(1);
    const document = readDocx(Buffer.from(message.attachments[0]!.contentBytes, 'base64')).document;
    for (const unit of units) expect(document, unit.id).to.include(`Mốc kiểm tra của ${unit.id}.`);
    expect((await t.bot.app.cycles.get('2026-q4'))!.state).to.equal('sent');
  });
});
