import { expect } from 'chai';
import { SelfAssessmentRepo } from '../../../src/features/self-assessment/self-assessment-repo.ts';
import { SELF_ASSESSMENT } from '../../../src/i18n/self-assessment-strings.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';

const s = SELF_ASSESSMENT.vi;
/** Catalogue text as it appears inside JSON (quotes escaped). */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
const problem = (id: string, kind: Parameters<typeof s.problem>[1], detail?: string) => s.problem(id, kind, detail, '1', '0,25');

/** The heads of the units the illustrative 2026 set gives criteria to, and a unit it gives none. */
const SCORING_HEADS = ['truong-tong-hop', 'truong-noi-chinh-phap-che', 'truong-kiem-soat-tthc', 'thuong-truc', 'truong-quan-tri-tai-vu', 'truong-trung-tam-tin-hoc', 'truong-trung-tam-cong-bao'];

/** Phòng Tổng hợp's three criteria (1.1.2, 1.2 which requires evidence, 8.1), all valid. */
const TONG_HOP = {
  year: '2026',
  unitId: 'tong-hop',
  'score_1.1.2': '1',
  'explanation_1.1.2': 'Hoàn thành 100% nhiệm vụ trong kế hoạch.',
  'evidence_1.1.2': 'https://vanphong.example.gov.vn/bao-cao/ket-qua-ke-hoach-2026',
  'score_1.2': '1',
  'explanation_1.2': 'Gửi đủ 4 báo cáo quý đúng hạn.',
  'evidence_1.2': 'https://vanphong.example.gov.vn/bao-cao/quy-1\nhttps://vanphong.example.gov.vn/bao-cao/quy-2',
  'score_8.1': '0,75',
  'explanation_8.1': 'Khảo sát mức độ hài lòng đạt 86%.',
  'evidence_8.1': '',
};

describe('PAR-index self-assessment over HTTP: open, score, review, điểm, reminders', function () {
  this.timeout(60_000);
  let t: TestBot;
  const clock = { now: new Date('2026-12-01T02:00:00Z') };
  const standing = () => t.user('thuong-truc');
  const head = () => t.user('truong-tong-hop');
  const messages = (id: string) => t.connector.messagesTo(conversationOf(t.user(id))).map((c) => FakeConnector.textOf(c));
  const lastTo = (id: string) => messages(id).at(-1) ?? '';
  const cardsTo = (id: string, verb: string) => messages(id).filter((m) => m.includes(`"verb":"${verb}"`));
  const repo = () => new SelfAssessmentRepo(t.bot.app.store);

  before(async () => {
    t = await TestBot.start({ now: () => clock.now });
    for (const id of [...SCORING_HEADS, 'truong-ban', 'pho-truong-ban', 'truong-kinh-te']) await t.install(t.user(id));
  });
  after(async () => {
    await t.stop();
  });

  it('refuses a year without a criteria set, a missing or past deadline, and opens nothing', async () => {
    await t.say(standing(), 'tự chấm điểm 2031 hạn 15/12/2031');
    expect(lastTo('thuong-truc')).to.include(inJson(s.noCriteria(2031)));
    await t.say(standing(), 'tự chấm điểm 2026');
    expect(lastTo('thuong-truc')).to.include(inJson(s.deadlineRequired(2026)));
    await t.say(standing(), 'tự chấm điểm 2026 hạn 30/11/2026');
    expect(lastTo('thuong-truc')).to.include(inJson(s.deadlineInPast('30/11/2026')));
    await t.say(standing(), 'tự chấm điểm 2026 hạn 31/02/2026');
    expect(lastTo('thuong-truc')).to.include(inJson(s.badDeadline('31/02/2026')));
    expect(await repo().get(2026)).to.equal(undefined);
    expect(cardsTo('truong-tong-hop', 'selfAssessment.score')).to.have.length(0);
  });

  it('a unit head may not open it', async () => {
    await t.say(t.user('truong-kinh-te'), 'tự chấm điểm 2026 hạn 15/12/2026');
    expect(await repo().get(2026)).to.equal(undefined);
  });

  it('opens with a deadline and sends each responsible unit one card listing its criteria; a second open is refused', async () => {
    await t.say(standing(), 'tự chấm điểm 2026 hạn 15/12/2026');
    const replies = messages('thuong-truc').slice(-3).join('\n');
    expect(replies).to.include(inJson(s.opened(2026, '15/12/2026', 7, 7)));
    for (const id of SCORING_HEADS) expect(cardsTo(id, 'selfAssessment.score'), id).to.have.length(1);
    expect(cardsTo('truong-kinh-te', 'selfAssessment.score')).to.have.length(0);
    const card = cardsTo('truong-tong-hop', 'selfAssessment.score')[0]!;
    for (const text of ['1.1.2. Mức độ thực hiện kế hoạch', '1.2. Báo cáo cải cách hành chính định kỳ', 'score_8.1', 'evidence_1.2', inJson(s.illustrative)]) expect(card).to.include(text);
    expect(card).to.not.include('score_2.1');
    await t.say(standing(), 'self-assessment 2026 due 20/12/2026');
    expect(lastTo('thuong-truc')).to.include(inJson(s.alreadyOpen(2026, '15/12/2026')));
    expect((await repo().get(2026))!.deadline).to.equal('2026-12-15');
    expect(cardsTo('truong-tong-hop', 'selfAssessment.score')).to.have.length(1);
  });

  it('refuses a score above the maximum, off-step, without explanation or required evidence, keeping what was typed', async () => {
    const over = await t.click(head(), 'selfAssessment.score', { ...TONG_HOP, 'score_1.2': '1,5', 'explanation_1.2': 'Giải trình đã gõ dở' });
    const overCard = JSON.stringify(over.value);
    expect(overCard).to.include(inJson(problem('1.2', 'score-above-max')));
    expect(overCard).to.include('Giải trình đã gõ dở');
    expect(overCard).to.include('"value":"1,5"');
    expect(overCard).to.include('"verb":"selfAssessment.score"');
    const offStep = await t.click(head(), 'selfAssessment.score', { ...TONG_HOP, 'score_8.1': '0,3' });
    expect(JSON.stringify(offStep.value)).to.include(inJson(problem('8.1', 'score-off-step')));
    const noEvidence = await t.click(head(), 'selfAssessment.score', { ...TONG_HOP, 'evidence_1.2': '', 'explanation_1.1.2': '' });
    const text = JSON.stringify(noEvidence.value);
    expect(text).to.include(inJson(problem('1.2', 'evidence-missing')));
    expect(text).to.include(inJson(problem('1.1.2', 'explanation-missing')));
    const notHttps = await t.click(head(), 'selfAssessment.score', { ...TONG_HOP, 'evidence_1.2': 'http://vanphong.example.gov.vn/bc' });
    expect(JSON.stringify(notHttps.value)).to.include(inJson(problem('1.2', 'evidence-not-https', 'http://vanphong.example.gov.vn/bc')));
    expect(await repo().scores(2026, 'tong-hop')).to.equal(undefined);
    expect(cardsTo('thuong-truc', 'selfAssessment.review')).to.have.length(0);
  });

  it('refuses scoring for another unit (forged card)', async () => {
    await t.click(t.user('truong-kinh-te'), 'selfAssessment.score', { ...TONG_HOP });
    expect(await repo().scores(2026, 'tong-hop')).to.equal(undefined);
  });

  it('stores a valid card as version 1; the same again is no new version, an edit is version 2; the standing member gets it to review', async () => {
    const first = await t.click(head(), 'selfAssessment.score', TONG_HOP);
    expect(JSON.stringify(first.value)).to.include(inJson(s.saved(1)));
    const again = await t.click(head(), 'selfAssessment.score', TONG_HOP);
    expect(JSON.stringify(again.value)).to.include(inJson(s.unchanged));
    const edited = await t.click(head(), 'selfAssessment.score', { ...TONG_HOP, 'score_8.1': '1' });
    expect(JSON.stringify(edited.value)).to.include(inJson(s.saved(2)));
    const stored = (await repo().scores(2026, 'tong-hop'))!;
    expect(stored.versions.map((v) => v.version)).to.deep.equal([1, 2]);
    expect(stored.versions[0]!.entries['8.1']!.score).to.equal(0.75);
    expect(stored.versions[1]!.entries['1.2']!.evidence).to.have.length(2);
    const reviews = cardsTo('thuong-truc', 'selfAssessment.review');
    expect(reviews).to.have.length(2);
    expect(reviews[1]).to.include('Gửi đủ 4 báo cáo quý đúng hạn.');
    expect(messages('thuong-truc').join('\n')).to.include(inJson(s.submittedNotice('Phòng Tổng hợp', 2026, 2)));
  });

  it('review: an adjusted score needs a note; with it the unit is told the new score and why', async () => {
    const review = { year: '2026', unitId: 'tong-hop', version: '2', 'reviewed_1.1.2': '1', 'reviewed_1.2': '0,5', 'note_1.2': '', 'reviewed_8.1': '1' };
    const noNote = await t.click(standing(), 'selfAssessment.review', review);
    expect(JSON.stringify(noNote.value)).to.include(inJson(s.reviewRefusal('note-required', '1.2')));
    const over = await t.click(standing(), 'selfAssessment.review', { ...review, 'reviewed_8.1': '2' });
    expect(JSON.stringify(over.value)).to.include(inJson(s.badReviewScore('8.1', '1', '0,25')));
    expect((await repo().scores(2026, 'tong-hop'))!.reviews).to.deep.equal({});
    const before = messages('truong-tong-hop').length;
    const done = await t.click(standing(), 'selfAssessment.review', { ...review, 'note_1.2': 'Báo cáo quý III gửi trễ hạn.' });
    expect(JSON.stringify(done.value)).to.include(inJson(s.review.done(2, 1)));
    const told = messages('truong-tong-hop').slice(before).join('\n');
    expect(told).to.include(inJson(s.reviewedNotice(2026, 2, 1)));
    expect(told).to.include(inJson(s.adjustedLine('1.2', '1', '0,5', 'Báo cáo quý III gửi trễ hạn.')));
    const stored = (await repo().scores(2026, 'tong-hop'))!;
    expect(stored.reviews['1.2']).to.include({ score: 0.5, adjusted: true, note: 'Báo cáo quý III gửi trễ hạn.', by: 'thuong-truc', version: 2 });
    expect(stored.reviews['1.1.2']).to.include({ score: 1, adjusted: false });
  });

  it('a unit member may not review', async () => {
    await t.click(head(), 'selfAssessment.review', { year: '2026', unitId: 'tong-hop', version: '2', 'reviewed_1.2': '1', 'note_1.2': 'Tự sửa' });
    expect((await repo().scores(2026, 'tong-hop'))!.reviews['1.2']!.score).to.equal(0.5);
  });

  it('điểm: a unit sees its criteria and points; a leader sees the table by area', async () => {
    await t.say(head(), 'điểm 2026');
    const own = lastTo('truong-tong-hop');
    expect(own).to.include(inJson(s.scores.unitTitle('Phòng Tổng hợp', 2026)));
    expect(own).to.include('1.2. Báo cáo cải cách hành chính định kỳ');
    expect(own).to.include(inJson(s.scores.summary(3, 3, '2,5', '3', '83,3')));
    expect(own).to.include('Báo cáo quý III gửi trễ hạn.');
    expect(own).to.not.include('2.1. ');
    await t.say(t.user('truong-ban'), 'điểm');
    const table = lastTo('truong-ban');
    expect(table).to.include(inJson(s.scores.title(2026)));
    // Only 1.2 is scored by every unit responsible for it: 1.1.2 and 8.1 are shared with units that have not scored.
    expect(table).to.include(inJson(s.scores.summary(1, 11, '1', '11', '9,1')));
    expect(table).to.include('"value":"1/3"');
    expect(table).to.include(inJson(s.scores.unitLine('Phòng Tổng hợp', s.scores.unitStates.reviewed(2))));
    expect(table).to.include(inJson(s.scores.unitLine('Phòng Kiểm soát thủ tục hành chính', s.scores.unitStates.none)));
  });

  it('reminds the units that have not scored on the ladder’s working days, once each, and escalates after the deadline', async () => {
    const reminder = s.reminder(2026, 'Phòng Nội chính – Pháp chế', '15/12/2026', 3);
    clock.now = new Date('2026-12-10T02:00:00Z');
    await t.bot.scheduler.tick(clock.now);
    await t.bot.scheduler.tick(clock.now);
    expect(messages('truong-noi-chinh-phap-che').filter((m) => m.includes(inJson(reminder)))).to.have.length(1);
    expect(messages('truong-tong-hop').filter((m) => m.includes('Nhắc việc'))).to.have.length(0);
    clock.now = new Date('2026-12-16T02:00:00Z');
    await t.bot.scheduler.tick(clock.now);
    await t.bot.scheduler.tick(clock.now);
    const escalation = (id: string) => messages(id).filter((m) => m.includes(inJson('Quá hạn 15/12/2026, các đơn vị sau chưa gửi kết quả tự chấm điểm')));
    expect(escalation('pho-truong-ban')).to.have.length(1);
    expect(escalation('thuong-truc')).to.have.length(1);
    expect(escalation('pho-truong-ban')[0]).to.include('Phòng Nội chính – Pháp chế');
    expect(escalation('pho-truong-ban')[0]).to.not.include('Phòng Tổng hợp');
    expect(messages('truong-noi-chinh-phap-che').filter((m) => m.includes(inJson(s.reminder(2026, 'Phòng Nội chính – Pháp chế', '15/12/2026', -1))))).to.have.length(1);
  });
});
