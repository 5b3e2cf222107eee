import { expect } from 'chai';
import { COMMON } from '../../../src/i18n/common-strings.ts';
import { INSPECTION } from '../../../src/i18n/inspection-strings.ts';
import type { TeamsUser } from '../../helpers/activities.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { lastText, textsTo } from '../meetings/meeting-test-helpers.ts';
import { inJson, inspectionForm, inspections, onlyInspection } from './inspection-test-helpers.ts';

const S = INSPECTION.vi;

describe('inspections (Điều 8): the team, the units asked for their report, the reminder ladder, over HTTP', () => {
  // Friday 20/11/2026 09:00 in Hà Nội.
  let now = new Date('2026-11-20T02:00:00Z');
  let t: TestBot;
  let standing: TeamsUser;

  beforeEach(async () => {
    now = new Date('2026-11-20T02:00:00Z');
    t = await TestBot.start({ now: () => now });
    standing = t.user('thuong-truc');
    // One team member has not installed the app yet: the last test installs them late.
    for (const m of t.bot.app.roster.committee.members) if (m.id !== 'truong-do-thi') await t.install(t.user(m.id));
  });
  afterEach(async () => {
    await t.stop();
  });

  it('opens the form for the standing member, chief and deputy chief; a unit head sees only their teams; a guest is refused', async () => {
    await t.say(standing, 'kiểm tra');
    expect(lastText(t, standing)).to.include('inspection.create').and.include(inJson(S.formTitle));
    const head = t.user('truong-kinh-te');
    await t.say(head, 'kiểm tra');
    expect(lastText(t, head)).to.include(inJson(S.noInspections)).and.not.include('inspection.create');
    const res = await t.click(head, 'inspection.create', inspectionForm());
    expect(JSON.stringify(res.value)).to.include(inJson(COMMON.vi.forbidden));
    expect(await inspections(t)).to.have.length(0);
  });

  it('refuses a deadline in the past, a leader who is not a committee member, a leader who is also deputy, no unit — each with its message, nothing stored or sent', async () => {
    const before = t.connector.calls.length;
    const cases: Array<[Record<string, string>, string]> = [
      [{ deadline: '2026-11-19' }, S.problem('deadline-past', '20/11/2026')],
      [{ leader: 'pho-kinh-te' }, S.problem('leader-not-member', '')],
      [{ deputyLeader: 'truong-tong-hop' }, S.problem('leader-is-deputy', '')],
      [{ units: '' }, S.problem('no-unit', '')],
      [{ units: 'phong-khong-co' }, S.problem('unknown-unit', '')],
      [{ periodTo: '2026-11-01' }, S.problem('period-order', '')],
      [{ members: 'stranger' }, S.problem('member-not-committee', '')],
    ];
    for (const [override, message] of cases) {
      const res = await t.click(standing, 'inspection.create', inspectionForm(override));
      expect(JSON.stringify(res.value), JSON.stringify(override)).to.include(inJson(message)).and.include('inspection.create');
    }
    expect(await inspections(t)).to.have.length(0);
    expect(t.connector.calls.length).to.equal(before);
  });

  it('creates once; each team member is told by card, each unit gets its request; the unit reports with https evidence; the others are reminded on the ladder, once per rung', async () => {
    await t.install(t.user('truong-do-thi'));
    const res = await t.click(standing, 'inspection.create', inspectionForm());
    expect(JSON.stringify(res.value)).to.include(inJson(S.created(3, 2, '27/11/2026')));
    const again = await t.click(standing, 'inspection.create', inspectionForm());
    expect(JSON.stringify(again.value)).to.include(inJson(S.created(3, 2, '27/11/2026')));
    await t.bot.app.tasks.idle();
    const inspection = await onlyInspection(t);
    expect(inspection).to.deep.include({ leaderId: 'truong-tong-hop', deputyLeaderId: 'truong-du-an', memberIds: ['truong-do-thi'], organiserIds: ['thuong-truc'], status: 'open', deadline: '2026-11-27' });
    expect([...inspection.delivered].sort()).to.deep.equal(['team:truong-do-thi', 'team:truong-du-an', 'team:truong-tong-hop', 'unit:kinh-te', 'unit:van-xa']);

    const leader = t.user('truong-tong-hop');
    expect(textsTo(t, leader).filter((x) => x.includes('inspection.finding'))).to.have.length(1);
    expect(textsTo(t, leader).at(-1)).to.include(inJson(S.teamIntro(S.roles.leader))).and.include('inspection.submit');
    expect(lastText(t, t.user('truong-du-an'))).to.include(inJson(S.teamIntro(S.roles.deputyLeader))).and.not.include('inspection.submit');
    expect(lastText(t, t.user('truong-do-thi'))).to.include(inJson(S.teamIntro(S.roles.member)));
    const kinhTe = t.user('truong-kinh-te');
    const vanXa = t.user('truong-van-xa');
    for (const head of [kinhTe, vanXa]) expect(textsTo(t, head).filter((x) => x.includes('inspection.selfReport'))).to.have.length(1);
    expect(textsTo(t, t.user('truong-du-an')).some((x) => x.includes('inspection.selfReport'))).to.equal(false);

    const data = { inspectionId: inspection.id, unitId: 'kinh-te', selfReport: 'Phòng đã hoàn thành 8/10 nhiệm vụ CCHC năm 2026.' };
    const badLink = await t.click(kinhTe, 'inspection.selfReport', { ...data, evidence: 'http://insecure.example.gov.vn/ho-so' });
    expect(JSON.stringify(badLink.value)).to.include(inJson(S.badLink('http://insecure.example.gov.vn/ho-so')));
    const empty = await t.click(kinhTe, 'inspection.selfReport', { ...data, selfReport: '', evidence: '' });
    expect(JSON.stringify(empty.value)).to.include(inJson(S.selfReportRequired));
    const otherUnit = await t.click(vanXa, 'inspection.selfReport', { ...data, evidence: '' });
    expect(JSON.stringify(otherUnit.value)).to.include(inJson(S.notYourUnit));
    expect((await onlyInspection(t)).selfReports).to.deep.equal({});

    const sent = await t.click(kinhTe, 'inspection.selfReport', { ...data, evidence: 'https://vanphong.example.gov.vn/ho-so/kinh-te-1\nhttps://vanphong.example.gov.vn/ho-so/kinh-te-2' });
    expect(JSON.stringify(sent.value)).to.include(inJson(S.selfReportRecorded(1)));
    const stored = (await onlyInspection(t)).selfReports['kinh-te']!;
    expect(stored).to.deep.include({ by: 'truong-kinh-te', version: 1, evidence: ['https://vanphong.example.gov.vn/ho-so/kinh-te-1', 'https://vanphong.example.gov.vn/ho-so/kinh-te-2'] });

    // Tuesday 24/11 09:00, three working days before the deadline: only the unit that has not reported is reminded, once.
    now = new Date('2026-11-24T02:00:00Z');
    await t.bot.scheduler.tick(now);
    await t.bot.scheduler.tick(now);
    const notice = inJson(S.reminderNotice(3, '27/11/2026'));
    expect(textsTo(t, vanXa).filter((x) => x.includes(notice))).to.have.length(1);
    expect(textsTo(t, kinhTe).filter((x) => x.includes(notice))).to.have.length(0);
    // Saturday: no reminder on a day off.
    const beforeWeekend = t.connector.calls.length;
    await t.bot.scheduler.tick(new Date('2026-11-28T02:00:00Z'));
    expect(t.connector.calls.length).to.equal(beforeWeekend);
  });

  it('a member who installs the app later gets their card then, once; a send that died is made again after its lease', async () => {
    const late = t.user('truong-do-thi');
    await t.click(standing, 'inspection.create', inspectionForm());
    await t.bot.app.tasks.idle();
    const inspection = await onlyInspection(t);
    expect(inspection.delivered).to.not.include('team:truong-do-thi');
    await t.install(late);
    await t.install(late);
    expect(textsTo(t, late).filter((x) => x.includes('inspection.finding'))).to.have.length(1);
    expect((await onlyInspection(t)).delivered).to.include('team:truong-do-thi');

    // A send that died with its process (claimed a minute ago, never settled) goes out once its claim lapses, once.
    await t.bot.app.repos.inspections.update(inspection.id, (i) => ({ ...i!, delivered: i!.delivered.filter((k) => k !== 'unit:van-xa'), sending: { 'unit:van-xa': new Date(now.getTime() - 60_000).toISOString() } }));
    const vanXa = t.user('truong-van-xa');
    const requests = () => textsTo(t, vanXa).filter((x) => x.includes('inspection.selfReport')).length;
    expect(requests()).to.equal(1);
    await t.bot.scheduler.tick(now);
    expect(requests()).to.equal(1);
    now = new Date(now.getTime() + 11 * 60_000);
    await t.bot.scheduler.tick(now);
    await t.bot.scheduler.tick(now);
    expect(requests()).to.equal(2);
    expect((await onlyInspection(t)).delivered).to.include('unit:van-xa');
  });
});
