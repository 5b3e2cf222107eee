import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { synthesisDocument } from '../../../src/features/synthesis/synthesis-document.ts';
import { SynthesisRepo } from '../../../src/features/synthesis/synthesis-repo.ts';
import { ErrorCode } from '../../../src/errors/coded-error.ts';
import { CYCLE } from '../../../src/i18n/cycle-strings.ts';
import { KEY_FIGURE_LABELS } from '../../../src/report/key-figure-labels.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { startError } from '../../helpers/start-error.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { paragraphs, readDocxPart } from '../../report/read-docx.ts';

const s = CYCLE.vi.form.indicators;
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
const RECEIVED = s.label('Số hồ sơ thủ tục hành chính tiếp nhận', 'hồ sơ');
const ONLINE = s.label('Số hồ sơ thủ tục hành chính tiếp nhận trực tuyến', 'hồ sơ');

// data/indicators.json as shipped: three TTHC figures for the units of that area, one for Ban Tiếp công dân
// by name, one for chính quyền số, one (tin, bài tuyên truyền) for every unit.
describe('indicators on the quarterly form over HTTP: asked where they apply, validated, summed in the synthesis', function () {
  this.timeout(60_000);
  let t: TestBot;
  const clock = { now: new Date('2026-12-01T02:00:00Z') };
  const formOf = (memberId: string) => JSON.stringify(t.connector.messagesTo(conversationOf(t.user(memberId))).filter((c) => JSON.stringify(c.body).includes('"verb":"report.submit"'))[0]!.body);

  before(async () => {
    t = await TestBot.start({ now: () => clock.now });
    for (const id of ['thuong-truc', 'truong-kinh-te', 'truong-kiem-soat-tthc', 'truong-tiep-cong-dan', 'truong-trung-tam-tin-hoc']) await t.install(t.user(id));
    await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 10/12/2026');
    await t.bot.app.tasks.idle();
  });
  after(async () => {
    await t.stop();
  });

  it('asks each unit the indicators of its areas, those naming it and those for everyone', () => {
    const kinhTe = formOf('truong-kinh-te');
    expect(kinhTe).to.include(inJson(s.title)).and.include(inJson(RECEIVED)).and.include('"id":"ind_van-ban-ra-soat"').and.include('"id":"ind_tin-bai-tuyen-truyen"');
    expect(kinhTe).to.not.include('ind_van-ban-ky-so').and.not.include('ind_phan-anh-kien-nghi');
    expect(formOf('truong-tiep-cong-dan')).to.include('"id":"ind_phan-anh-kien-nghi"');
    const tinHoc = formOf('truong-trung-tam-tin-hoc');
    expect(tinHoc).to.include('"id":"ind_van-ban-ky-so"').and.not.include('ind_tthc-tiep-nhan');
  });

  it('refuses a figure that is not a whole number ≥ 0, keeping every typed value, storing nothing', async () => {
    const res = await t.click(t.user('truong-kinh-te'), 'report.submit', { cycleId: '2026-q4', unitId: 'kinh-te', 'area_the-che': 'Rà soát 12 văn bản', 'ind_tthc-tiep-nhan': '-40', 'ind_tthc-truc-tuyen': '12,5', 'ind_van-ban-ra-soat': '12' });
    const card = JSON.stringify(res.value);
    expect(card).to.include(inJson(CYCLE.vi.problems({ field: 'ind_tthc-tiep-nhan', problem: 'notWholeNumber' }, RECEIVED)));
    expect(card).to.include(inJson(CYCLE.vi.problems({ field: 'ind_tthc-truc-tuyen', problem: 'notWholeNumber' }, ONLINE)));
    expect(card).to.include('"value":"-40"').and.include('"value":"12,5"').and.include('"value":"12"').and.include('Rà soát 12 văn bản');
    expect(await t.bot.app.cycles.getSubmission('2026-q4', 'kinh-te')).to.equal(undefined);
  });

  it('stores the figures, shows them on the receipt and sums them in the compiled report, the synthesis draft and its .docx', async () => {
    const kinhTe = await t.click(t.user('truong-kinh-te'), 'report.submit', { cycleId: '2026-q4', unitId: 'kinh-te', 'area_the-che': 'Rà soát 12 văn bản', 'ind_tthc-tiep-nhan': '1.250', 'ind_tthc-truc-tuyen': '800', 'ind_van-ban-ra-soat': '12' });
    expect(JSON.stringify(kinhTe.value)).to.include(inJson(`${RECEIVED}: 1.250`));
    expect((await t.bot.app.cycles.getSubmission('2026-q4', 'kinh-te'))!.versions[0]!.answers.indicators).to.deep.equal({ 'tthc-tiep-nhan': 1250, 'tthc-truc-tuyen': 800, 'van-ban-ra-soat': 12 });
    await t.click(t.user('truong-kiem-soat-tthc'), 'report.submit', { cycleId: '2026-q4', unitId: 'kiem-soat-tthc', area_tthc: 'Công bố 40 thủ tục', 'ind_tthc-tiep-nhan': '3000', 'ind_tthc-truc-tuyen': '2 100' });
    clock.now = new Date('2026-12-11T03:00:00Z');
    await t.say(t.user('thuong-truc'), 'tổng hợp');
    const report = (await t.bot.app.cycles.getCompiled('2026-q4'))!;
    const received = report.keyFigures!.find((f) => f.id === 'tthc-tiep-nhan')!;
    // Six units report on TTHC (kinh-te, van-xa, kiem-soat-tthc, du-an, do-thi, tiep-cong-dan); two gave the figure.
    expect(received).to.include({ total: 4250, unitsReported: 2, unitsAsked: 6 });
    expect(report.keyFigures!.find((f) => f.id === 'tin-bai-tuyen-truyen')).to.include({ total: 0, unitsReported: 0, unitsAsked: 12 });

    await t.say(t.user('thuong-truc'), 'dự thảo');
    const draft = FakeConnector.textOf(t.connector.messagesTo(conversationOf(t.user('thuong-truc'))).at(-1)!);
    expect(draft).to.include(s.title).and.include(RECEIVED).and.include('4.250 (2/6)').and.include('2.900 (2/6)');

    const synthesis = (await new SynthesisRepo(t.bot.app.store).get('2026-q4'))!;
    const { content } = await synthesisDocument(t.bot.app, (await t.bot.app.cycles.get('2026-q4'))!, report, synthesis);
    const xml = readDocxPart(content, 'word/document.xml');
    const l = KEY_FIGURE_LABELS.vi;
    // Section I: seven PAR areas, 8. the plan progress, 9. the key figures.
    expect(paragraphs(xml).map((p) => p.text)).to.include(`9. ${l.title}`);
    const rows = Array.from(xml.matchAll(/<w:tr>.*?<\/w:tr>/gs), ([row]) => Array.from(row.matchAll(/<w:tc>.*?<\/w:tc>/gs), ([cell]) => paragraphs(cell).map((p) => p.text).join('\n')));
    expect(rows).to.deep.include([l.number, l.indicator, l.unit, l.total, l.reported]);
    expect(rows).to.deep.include(['1', 'Số hồ sơ thủ tục hành chính tiếp nhận', 'hồ sơ', '4.250', '2/6']);
  });
});

describe('data/indicators.json at start', function () {
  this.timeout(30_000);
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-indicators-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a bad indicator stops the start, naming the file, the entry and the field', async () => {
    const file = path.join(dir, 'indicators.json');
    await writeFile(file, JSON.stringify({ indicators: [{ id: 'so-ho-so', label: { vi: 'Số hồ sơ', en: 'Files' }, unit: { vi: 'hồ sơ', en: 'files' }, units: ['phong-khong-co'] }] }));
    const error = await startError({ DATA_DIR: path.join(dir, 'state'), INDICATORS_FILE: file });
    expect(error?.code).to.equal(ErrorCode.DataFileInvalid);
    expect(error?.message).to.include('indicators.json').and.include('indicators[0] (so-ho-so)').and.include('units').and.include('phong-khong-co');
  });
});
