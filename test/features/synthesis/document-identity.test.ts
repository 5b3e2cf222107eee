import { expect } from 'chai';
import { TestBot } from '../../helpers/test-bot.ts';
import { paragraphs, readDocxPart } from '../../report/read-docx.ts';
import { CYCLE_ID, quarterCompiled } from './compiled-quarter.ts';

type MailMessage = { attachments: Array<{ name: string; contentBytes: string }> };

const TEXT = { strengths: 'Ưu điểm.', limitations: 'Hạn chế.', nextQuarter: 'Phương hướng.', proposals: '', recommendations: '' };
const EVIDENCE = 'https://vanphong.example.gov.vn/kiem-chung/quy-iv.pdf';

/** The paragraphs of the .docx mailed to the City committee. */
function mailedDocx(t: TestBot): string[] {
  const mail = t.graph.sentMails()[0]!.message as MailMessage;
  return paragraphs(readDocxPart(Buffer.from(mail.attachments[0]!.contentBytes, 'base64'), 'word/document.xml')).map((p) => p.text);
}

/** The "Nơi nhận" lines: after the label, up to the archive line. */
function recipientsOf(texts: string[]): string[] {
  const start = texts.indexOf('Nơi nhận:');
  const end = texts.findIndex((x, i) => i > start && x.startsWith('- Lưu:'));
  return texts.slice(start + 1, end + 1);
}

describe('the mailed report’s identity (Nghị định 30/2020) over HTTP', function () {
  this.timeout(60_000);
  const clock = { now: new Date('2026-12-01T02:00:00Z') };
  let t: TestBot;
  beforeEach(async () => {
    t = await TestBot.start({ withGraph: true, now: () => clock.now, env: { CITY_COMMITTEE_EMAIL: 'bcd-cchc@thanhpho.example.gov.vn' } });
    await quarterCompiled(t, clock, { evidence: EVIDENCE });
    await t.click(t.user('thuong-truc'), 'synthesis.open', { cycleId: CYCLE_ID });
  });
  afterEach(() => t.stop());

  it('approved by the chief: the city’s People’s Committee, CHÁNH VĂN PHÒNG and the chief’s name, HCTC, no signer in Nơi nhận, evidence appendix', async () => {
    await t.click(t.user('thuong-truc'), 'synthesis.submit', { cycleId: CYCLE_ID, ...TEXT });
    await t.click(t.user('truong-ban'), 'synthesis.approve', { cycleId: CYCLE_ID, number: '', comments: '' });
    const texts = mailedDocx(t);
    expect(texts).to.include.members(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'VĂN PHÒNG', 'Số: 1/BC-VP', 'CHÁNH VĂN PHÒNG', 'Lê Văn Trưởng Ban']);
    expect(texts.join('\n')).to.not.match(/TRƯỞNG BAN\b/u);
    const recipients = recipientsOf(texts);
    expect(recipients).to.deep.equal(['- Ban Chỉ đạo CCHC Thành phố;', '- Các thành viên Ban Chỉ đạo;', '- Lưu: VT, HCTC.']);
    const appendix = texts.slice(texts.indexOf('TÀI LIỆU KIỂM CHỨNG CỦA CÁC ĐƠN VỊ'));
    expect(appendix).to.include.members(['(Kèm theo Báo cáo số 1/BC-VP ngày 11/12/2026 của Văn phòng)', 'Phòng Văn xã', 'Phòng Đô thị', EVIDENCE]);
  });

  it('approved by the deputy chief under delegation: KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG, the deputy’s name, the chief in Nơi nhận', async () => {
    await t.say(t.user('truong-ban'), 'ủy quyền 11/12/2026 18/12/2026');
    await t.click(t.user('thuong-truc'), 'synthesis.submit', { cycleId: CYCLE_ID, ...TEXT });
    await t.click(t.user('pho-truong-ban'), 'synthesis.approve', { cycleId: CYCLE_ID, number: '', comments: '' });
    const texts = mailedDocx(t);
    const signer = texts.indexOf('KT. CHÁNH VĂN PHÒNG');
    expect(signer).to.be.greaterThan(0);
    expect(texts[signer + 1]).to.equal('PHÓ CHÁNH VĂN PHÒNG');
    expect(texts).to.include('Võ Thị Phó Ban');
    expect(texts).to.not.include('Lê Văn Trưởng Ban');
    expect(recipientsOf(texts)).to.include('- Chánh Văn phòng (để báo cáo);');
    expect(recipientsOf(texts).join('\n')).to.not.include('Phó');
  });
});
