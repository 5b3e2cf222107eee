import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { scoredItems } from '../../../src/domain/self-assessment/scored-items.ts';
import { criteriaSet } from '../../../src/features/self-assessment/criteria-sets.ts';
import { reportId } from '../../../src/features/self-assessment/self-assessment-repo.ts';
import { settleApprovedReports } from '../../../src/features/self-assessment/send-report.ts';
import { SynthesisRepo } from '../../../src/features/synthesis/synthesis-repo.ts';
import { SELF_ASSESSMENT } from '../../../src/i18n/self-assessment-strings.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { paragraphs, readDocxPart } from '../../report/read-docx.ts';

const s = SELF_ASSESSMENT.vi;
const CITY = 'bcd-cchc@thanhpho.example.gov.vn';
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

type MailMessage = { subject: string; toRecipients: Array<{ emailAddress: { address: string } }>; attachments: Array<{ name: string; contentBytes: string }> };

/** Head of each unit the illustrative set gives criteria to. */
const HEADS: Record<string, string> = {
  'tong-hop': 'truong-tong-hop',
  'noi-chinh-phap-che': 'truong-noi-chinh-phap-che',
  'kiem-soat-tthc': 'truong-kiem-soat-tthc',
  'hanh-chinh-to-chuc': 'thuong-truc',
  'quan-tri-tai-vu': 'truong-quan-tri-tai-vu',
  'trung-tam-tin-hoc': 'truong-trung-tam-tin-hoc',
  'trung-tam-cong-bao': 'truong-trung-tam-cong-bao',
};

const TEXT = {
  strengths: 'Các đơn vị chấm điểm đầy đủ, có tài liệu kiểm chứng.',
  limitations: 'Một số báo cáo quý gửi trễ hạn.',
  recommendations: 'Đề nghị Thành phố hướng dẫn cách chấm tiêu chí 8.1.',
};

describe('PAR-index self-assessment: compiled, trình ký, approved and sent once, with the .xlsx and .docx', function () {
  this.timeout(90_000);
  let t: TestBot;
  let dir = '';
  const clock = { now: new Date('2025-12-01T02:00:00Z') };
  const options = () => ({ withGraph: true, dataDir: path.join(dir, 'state'), now: () => clock.now, env: { CITY_COMMITTEE_EMAIL: CITY, PAR_CRITERIA_DIR: path.join(dir, 'criteria') } });
  const standing = () => t.user('thuong-truc');
  const chief = () => t.user('truong-ban');
  const messages = (id: string) => t.connector.messagesTo(conversationOf(t.user(id))).map((c) => FakeConnector.textOf(c));
  const cityMails = () => t.graph.sentMails().map((m) => m.message as MailMessage).filter((m) => m.toRecipients.some((r) => r.emailAddress.address === CITY));
  const report = () => new SynthesisRepo(t.bot.app.store).get(reportId(2026));

  /** Every criterion of a unit at its maximum, with an explanation and an https link; `scores` overrides some. */
  function fullCard(year: number, unitId: string, scores: Record<string, string> = {}): Record<string, unknown> {
    const data: Record<string, unknown> = { year: String(year), unitId };
    for (const item of scoredItems(criteriaSet(t.bot.app, year)!).filter((i) => i.units.includes(unitId))) {
      data[`score_${item.id}`] = scores[item.id] ?? String(item.maxPoints);
      data[`explanation_${item.id}`] = `Giải trình tiêu chí ${item.id}`;
      data[`evidence_${item.id}`] = `https://vanphong.example.gov.vn/kiem-chung/${item.id}`;
    }
    return data;
  }

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-self-assessment-'));
    // Last year's set: the same criteria, for 2025.
    const shipped = JSON.parse(await readFile('data/par-criteria/2026.json', 'utf8')) as Record<string, unknown>;
    await import('node:fs/promises').then((fs) => fs.mkdir(path.join(dir, 'criteria')));
    await writeFile(path.join(dir, 'criteria', '2026.json'), JSON.stringify(shipped));
    await writeFile(path.join(dir, 'criteria', '2025.json'), JSON.stringify({ ...shipped, year: 2025, title: 'Bộ tiêu chí năm 2025 (minh họa)' }));
    t = await TestBot.start(options());
    for (const id of [...Object.values(HEADS), 'truong-ban', 'pho-truong-ban']) await t.install(t.user(id));
    // 2025: only Phòng Tổng hợp scored; its 1.2 (1 point) is last year's self-score of that criterion.
    await t.say(standing(), 'tự chấm điểm 2025 hạn 15/12/2025');
    await t.click(t.user('truong-tong-hop'), 'selfAssessment.score', fullCard(2025, 'tong-hop'));
    clock.now = new Date('2026-12-01T02:00:00Z');
    await t.say(standing(), 'tự chấm điểm 2026 hạn 15/12/2026');
    for (const [unitId, head] of Object.entries(HEADS)) {
      const res = await t.click(t.user(head), 'selfAssessment.score', fullCard(2026, unitId, unitId === 'tong-hop' ? { '1.2': '0,5' } : {}));
      expect(JSON.stringify(res.value), unitId).to.include(inJson(s.saved(1)));
    }
  });
  after(async () => {
    await t.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('the leaders’ table offers the compile to the standing member, not to the chief', async () => {
    await t.say(standing(), 'điểm 2026');
    expect(messages('thuong-truc').at(-1)).to.include('"verb":"selfAssessment.compile"');
    await t.say(chief(), 'điểm 2026');
    expect(messages('truong-ban').at(-1)).to.not.include('"verb":"selfAssessment.compile"');
  });

  it('compiles the Office’s table and closes scoring; nothing goes to the City before approval', async () => {
    const res = await t.click(standing(), 'selfAssessment.compile', { year: '2026' });
    const card = JSON.stringify(res.value);
    expect(card).to.include(inJson(s.report.title(2026)));
    expect(card).to.include('"value":"10,5/11"');
    expect(card).to.include('"verb":"selfAssessment.submit"');
    const late = await t.click(t.user('truong-tong-hop'), 'selfAssessment.score', fullCard(2026, 'tong-hop'));
    expect(JSON.stringify(late.value)).to.include(inJson(s.closed(2026)));
    expect(cityMails()).to.have.length(0);
  });

  it('trình ký sends the chief the approval card; returned with comments, the standing member edits and submits again', async () => {
    const submitted = await t.click(standing(), 'selfAssessment.submit', { year: '2026', ...TEXT, strengths: 'Bản đầu' });
    expect(JSON.stringify(submitted.value)).to.include(inJson(s.report.submitted('Lê Văn Trưởng Ban')));
    const approvals = messages('truong-ban').filter((m) => m.includes('"verb":"selfAssessment.approve"'));
    expect(approvals).to.have.length(1);
    expect(approvals[0]).to.include('Bản đầu');
    const noComments = await t.click(chief(), 'selfAssessment.return', { year: '2026', number: '', comments: '' });
    expect(JSON.stringify(noComments.value)).to.include(inJson(s.report.refusals['comments-required']));
    await t.click(chief(), 'selfAssessment.return', { year: '2026', number: '', comments: 'Bổ sung đánh giá ưu điểm.' });
    expect(messages('thuong-truc').at(-1)).to.include('Bổ sung đánh giá ưu điểm.');
    expect((await report())!.state).to.equal('returned');
    await t.click(standing(), 'selfAssessment.submit', { year: '2026', ...TEXT });
    expect((await report())!.versions.map((v) => v.version)).to.deep.equal([1, 2, 3]);
    expect(cityMails()).to.have.length(0);
  });

  it('approval numbers it from the register and mails the City once, with the .xlsx table and the Decree 30 .docx', async () => {
    const refused = await t.click(standing(), 'selfAssessment.approve', { year: '2026', number: '', comments: '' });
    expect((await report())!.state).to.equal('submitted');
    expect(JSON.stringify(refused.value)).to.not.include(inJson(s.report.approved('1')));
    const [a, b] = await Promise.all([
      t.click(chief(), 'selfAssessment.approve', { year: '2026', number: '', comments: '' }),
      t.click(chief(), 'selfAssessment.approve', { year: '2026', number: '', comments: '' }),
    ]);
    expect(JSON.stringify(a.value) + JSON.stringify(b.value)).to.include(inJson(s.report.approved('1')));
    const mails = cityMails();
    expect(mails).to.have.length(1);
    expect(mails[0]!.subject).to.equal(s.report.mailSubject(2026, '1/BC-VP'));
    const docx = mails[0]!.attachments.find((x) => x.name.endsWith('.docx'))!;
    const xlsx = mails[0]!.attachments.find((x) => x.name.endsWith('.xlsx'))!;
    const text = paragraphs(readDocxPart(Buffer.from(docx.contentBytes, 'base64'), 'word/document.xml')).map((p) => p.text).join('\n');
    for (const line of ['Số: 1/BC-VP', 'BÁO CÁO', s.report.subject(2026), 'I. KẾT QUẢ TỰ CHẤM ĐIỂM', 'Tổng điểm tự chấm: 10,5/11 điểm, đạt 95,5%. Năm 2025: 1 điểm.', 'Báo cáo cải cách hành chính định kỳ', TEXT.strengths, TEXT.recommendations, s.illustrative]) expect(text, line).to.include(line);
    expect(text).to.not.include('Bản đầu');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.contentBytes, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(String(rows[1]![0])).to.equal(s.report.title(2026));
    const row = (n: string) => rows.find((r) => r[0] === n)!;
    expect(row('1.2').slice(2, 6)).to.deep.equal([1, 0.5, 50, 1]);
    expect(row('1').slice(2, 6)).to.deep.equal([3, 2.5, 83.3, 1]);
    expect(row('2.1').slice(2, 4)).to.deep.equal([1, 1]);
    expect(row('2.1')[5]).to.equal(undefined);
    const total = rows.find((r) => r[1] === 'Tổng cộng')!;
    expect(total.slice(2, 6)).to.deep.equal([11, 10.5, 95.5, 1]);
    expect(row('8.1')[6]).to.equal('Trung tâm Công báo; Phòng Tổng hợp');
    expect(messages('thuong-truc').join('\n')).to.include(inJson(s.report.approved('1')));
  });

  it('sends nothing on a second click, nor after a restart', async () => {
    const again = await t.click(chief(), 'selfAssessment.approve', { year: '2026', number: '', comments: '' });
    expect(JSON.stringify(again.value)).to.include('không gửi lần thứ hai');
    expect(cityMails()).to.have.length(1);
    await t.stop();
    t = await TestBot.start(options());
    // What the settle job runs on every tick after a restart.
    expect(await settleApprovedReports(t.bot.app)).to.equal(0);
    const afterRestart = await t.click(chief(), 'selfAssessment.approve', { year: '2026', number: '', comments: '' });
    expect(JSON.stringify(afterRestart.value)).to.include('không gửi lần thứ hai');
    expect(t.graph.sentMails()).to.have.length(0);
    expect((await report())!.approval!.number).to.equal('1');
  });
});
