import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { zipSync, strToU8 } from 'fflate';
import { SynthesisRepo } from '../../../src/features/synthesis/synthesis-repo.ts';
import { SYNTHESIS } from '../../../src/i18n/synthesis-strings.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { readDocxPart } from '../../report/read-docx.ts';
import { CYCLE_ID, quarterCompiled } from './compiled-quarter.ts';

const s = SYNTHESIS.vi;
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
const TEXT = { strengths: 'Ưu điểm.', limitations: 'Hạn chế.', nextQuarter: 'Phương hướng.', proposals: '', recommendations: '' };
type MailMessage = { toRecipients: Array<{ emailAddress: { address: string } }>; attachments: Array<{ name: string; contentBytes: string }> };

/** A minimal Word document, as someone's edited draft: the marker text proves which file was mailed. */
function editedDocx(marker: string): Buffer {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${marker}</w:t></w:r></w:p></w:body></w:document>`;
  return Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) }));
}

describe('the Word round trip and an approval card that waits for its approver, over HTTP', function () {
  this.timeout(90_000);
  const clock = { now: new Date('2026-12-01T02:00:00Z') };
  let t: TestBot;
  const texts = (id: string) => t.connector.messagesTo(conversationOf(t.user(id))).map((c) => FakeConnector.textOf(c));
  afterEach(() => t.stop());

  it('downloads the draft .docx, takes the edited file back as a version, and mails that file on approval', async () => {
    t = await TestBot.start({ withGraph: true, now: () => clock.now });
    await quarterCompiled(t, clock);
    await t.click(t.user('thuong-truc'), 'synthesis.open', { cycleId: CYCLE_ID });
    const download = await t.click(t.user('thuong-truc'), 'synthesis.download', { cycleId: CYCLE_ID });
    expect(JSON.stringify(download.value)).to.include(inJson(s.docxMailed('thuongtruc@vanphong.example.gov.vn')));
    const draftMail = t.graph.sentMails().at(-1)!.message as MailMessage;
    expect(readDocxPart(Buffer.from(draftMail.attachments[0]!.contentBytes, 'base64'), 'word/document.xml')).to.include('II. ĐÁNH GIÁ CHUNG');

    await t.sendFile(t.user('thuong-truc'), 'khong-phai-word.docx', Buffer.from('plain text'));
    expect(texts('thuong-truc').at(-1)).to.include(inJson(s.docxBadFile));
    await t.sendFile(t.user('thuong-truc'), 'du-thao-da-sua.docx', editedDocx('Bản đã sửa trong Word'));
    expect(texts('thuong-truc').join('\n')).to.include(inJson(s.docxReceived('du-thao-da-sua.docx', 2)));
    const stored = (await new SynthesisRepo(t.bot.app.store).get(CYCLE_ID))!;
    expect(stored.versions.map((v) => `${v.version}:${v.source}`)).to.deep.equal(['1:card', '2:docx']);

    await t.click(t.user('thuong-truc'), 'synthesis.submit', { cycleId: CYCLE_ID, ...TEXT });
    await t.sendFile(t.user('thuong-truc'), 'muon.docx', editedDocx('Gửi muộn'));
    expect(texts('thuong-truc').at(-1)).to.include(inJson(s.docxLocked));
    await t.click(t.user('truong-ban'), 'synthesis.approve', { cycleId: CYCLE_ID, number: '', comments: '' });
    const city = t.graph.sentMails().at(-1)!.message as MailMessage;
    expect(city.attachments[0]!.name).to.equal('du-thao-da-sua.docx');
    expect(readDocxPart(Buffer.from(city.attachments[0]!.contentBytes, 'base64'), 'word/document.xml')).to.include('Bản đã sửa trong Word');
  });

  it('in local mode the draft .docx goes to the outbox folder', async () => {
    t = await TestBot.start({ now: () => clock.now });
    await quarterCompiled(t, clock);
    await t.click(t.user('thuong-truc'), 'synthesis.open', { cycleId: CYCLE_ID });
    const res = await t.click(t.user('thuong-truc'), 'synthesis.download', { cycleId: CYCLE_ID });
    const file = /lưu thành tệp: ([^"]+?\.docx)/.exec(JSON.stringify(res.value))![1]!;
    expect(readDocxPart(await readFile(file), 'word/document.xml')).to.include('II. ĐÁNH GIÁ CHUNG');
  });

  it('sends the approval card once the chief can be reached, when they had no chat with the bot at trình ký', async () => {
    t = await TestBot.start({ now: () => clock.now });
    clock.now = new Date('2026-12-01T02:00:00Z');
    for (const id of ['thuong-truc', 'truong-van-xa']) await t.install(t.user(id));
    await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 10/12/2026');
    await t.bot.app.tasks.idle();
    const unit = t.bot.app.roster.unit('van-xa')!;
    await t.click(t.user(unit.head), 'report.submit', { cycleId: CYCLE_ID, unitId: 'van-xa', [`area_${unit.parAreas[0]}`]: 'Kết quả', difficulties: 'Khó khăn' });
    clock.now = new Date('2026-12-11T03:00:00Z');
    await t.say(t.user('thuong-truc'), 'tổng hợp');
    await t.click(t.user('thuong-truc'), 'synthesis.open', { cycleId: CYCLE_ID });
    await t.click(t.user('thuong-truc'), 'synthesis.submit', { cycleId: CYCLE_ID, ...TEXT });
    expect((await new SynthesisRepo(t.bot.app.store).get(CYCLE_ID))!.approvalUndelivered).to.deep.equal(['truong-ban']);
    await t.install(t.user('truong-ban'));
    await t.bot.app.tasks.idle();
    await t.say(t.user('truong-ban'), 'trợ giúp');
    await t.bot.app.tasks.idle();
    const cards = t.connector.messagesTo(conversationOf(t.user('truong-ban'))).filter((c) => JSON.stringify(c.body).includes('"verb":"synthesis.approve"'));
    expect(cards).to.have.length(1);
    expect((await new SynthesisRepo(t.bot.app.store).get(CYCLE_ID))!.approvalUndelivered).to.deep.equal([]);
  });
});
