import { expect } from 'chai';
import { PLAN } from '../../../src/i18n/plan-strings.ts';
import { getPlan } from '../../../src/features/plan/plan-repo.ts';
import { COMMON } from '../../../src/i18n/common-strings.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { planWorkbook } from './plan-sheets.ts';

const NOW = new Date('2027-05-10T02:00:00Z');

describe('annual plan: imported from an .xlsx sent in the chat, viewed by unit, quarter and status', function () {
  this.timeout(30_000);
  let t: TestBot;

  const lastText = (memberId: string): string => {
    const calls = t.connector.messagesTo(conversationOf(t.user(memberId)));
    return FakeConnector.textOf(calls.at(-1)!);
  };

  before(async () => {
    t = await TestBot.start({ now: () => NOW });
    for (const id of ['thuong-truc', 'truong-kinh-te', 'truong-ban']) await t.install(t.user(id));
  });
  after(async () => {
    await t.stop();
  });

  it('ships the illustrative 2026 plan from data/plans/2026.xlsx, imported at start and marked as illustrative', async () => {
    const plan = await getPlan(t.bot.app, 2026);
    expect(plan?.illustrative).to.equal(true);
    expect(plan!.tasks.length).to.be.greaterThan(5);
    await t.say(t.user('truong-ban'), 'kế hoạch 2026');
    expect(lastText('truong-ban')).to.include(JSON.stringify(PLAN.vi.illustrative).slice(1, -1));
  });

  it('refuses a broken sheet row by row and imports nothing', async () => {
    const broken = await planWorkbook([
      ['1', 'Ban hành kế hoạch CCHC năm 2027', 'Công tác chỉ đạo, điều hành cải cách hành chính', 'Phòng Hành chính – Tổ chức', '', 'Quý I', 'Kế hoạch', ''],
      ['2', 'Rà soát thủ tục', 'Lĩnh vực không có', 'Phòng Kiểm soát thủ tục hành chính', '', '30/02/2027', 'Báo cáo', ''],
      ['3', '', 'Cải cách thể chế', 'Phòng Không Tồn Tại', '', 'Quý II', 'Báo cáo', 'Làm dở'],
    ]);
    await t.sendFile(t.user('thuong-truc'), 'ke-hoach-cchc-2027.xlsx', broken);
    const text = lastText('thuong-truc');
    const s = PLAN.vi;
    const quoted = (x: string) => JSON.stringify(x).slice(1, -1);
    expect(text).to.include(quoted(s.refused('ke-hoach-cchc-2027.xlsx', 5)));
    expect(text).to.include(quoted(`${s.rowLabel(4)}: ${s.problem({ kind: 'unknownArea', value: 'Lĩnh vực không có' })}`));
    expect(text).to.include(quoted(`${s.rowLabel(4)}: ${s.problem({ kind: 'badDeadline', value: '30/02/2027' })}`));
    expect(text).to.include(quoted(`${s.rowLabel(5)}: ${s.problem({ kind: 'missing', column: 'content' })}`));
    expect(text).to.include(quoted(`${s.rowLabel(5)}: ${s.problem({ kind: 'unknownUnit', column: 'lead', value: 'Phòng Không Tồn Tại' })}`));
    expect(text).to.include(quoted(`${s.rowLabel(5)}: ${s.problem({ kind: 'badStatus', value: 'Làm dở' })}`));
    expect(await getPlan(t.bot.app, 2027)).to.equal(undefined);
  });

  it('imports a clean sheet (dates as Excel dates, quarters, cooperating units) and shows each unit its own tasks', async () => {
    const good = await planWorkbook([
      ['1', 'Ban hành kế hoạch CCHC năm 2027', 'Công tác chỉ đạo, điều hành cải cách hành chính', 'Phòng Hành chính – Tổ chức', 'Phòng Tổng hợp', 'Quý I', 'Kế hoạch', 'Hoàn thành'],
      ['2', 'Rà soát quy định về đầu tư công', 'Cải cách thể chế', 'Phòng Kinh tế', 'Phòng Nội chính – Pháp chế', new Date(Date.UTC(2027, 3, 30)), 'Báo cáo rà soát', 'Đang thực hiện'],
      ['3', 'Số hóa hồ sơ thủ tục hành chính', 'tthc', 'Phòng Kiểm soát thủ tục hành chính', 'Phòng Kinh tế', 'Quý III', 'Báo cáo', ''],
    ]);
    await t.sendFile(t.user('thuong-truc'), 'ke-hoach-cchc-2027.xlsx', good);
    expect(lastText('thuong-truc')).to.include(JSON.stringify(PLAN.vi.imported(2027, 3, 'ke-hoach-cchc-2027.xlsx')).slice(1, -1));
    const plan = (await getPlan(t.bot.app, 2027))!;
    expect(plan.illustrative).to.equal(false);
    expect(plan.tasks.map((x) => [x.number, x.area, x.leadUnitId, x.cooperatingUnitIds, x.deadline, x.status])).to.deep.equal([
      ['1', 'chi-dao-dieu-hanh', 'hanh-chinh-to-chuc', ['tong-hop'], { kind: 'quarter', quarter: 1 }, 'done'],
      ['2', 'the-che', 'kinh-te', ['noi-chinh-phap-che'], { kind: 'date', date: '2027-04-30' }, 'in-progress'],
      ['3', 'tthc', 'kiem-soat-tthc', ['kinh-te'], { kind: 'quarter', quarter: 3 }, 'not-started'],
    ]);

    await t.say(t.user('truong-kinh-te'), 'kế hoạch');
    const own = lastText('truong-kinh-te');
    expect(own).to.include('Rà soát quy định về đầu tư công').and.include('Số hóa hồ sơ').and.not.include('Ban hành kế hoạch CCHC năm 2027');
    // Task 2 was due 30/04/2027 and is still in progress on 10/05/2027.
    expect(own).to.include(PLAN.vi.overdue);

    await t.say(t.user('truong-ban'), 'kế hoạch 2027 quá hạn');
    const overdue = lastText('truong-ban');
    expect(overdue).to.include('Rà soát quy định về đầu tư công').and.not.include('Số hóa hồ sơ');

    await t.say(t.user('truong-ban'), 'kế hoạch 2027 quý III');
    expect(lastText('truong-ban')).to.include('Số hóa hồ sơ').and.not.include('Rà soát quy định');
  });

  it('a unit member may not see another unit’s tasks, nor import a plan', async () => {
    await t.say(t.user('truong-kinh-te'), 'kế hoạch 2027 Phòng Văn xã');
    expect(lastText('truong-kinh-te')).to.include(JSON.stringify(COMMON.vi.forbidden).slice(1, -1));
    await t.sendFile(t.user('truong-kinh-te'), 'ke-hoach-cchc-2028.xlsx', await planWorkbook([]));
    expect(lastText('truong-kinh-te')).to.include(JSON.stringify(COMMON.vi.forbidden).slice(1, -1));
    expect(await getPlan(t.bot.app, 2028)).to.equal(undefined);
  });

  it('answers in English for a member who chose English', async () => {
    await t.say(t.user('truong-ban'), 'language English');
    await t.say(t.user('truong-ban'), 'plan 2027');
    const calls = t.connector.messagesTo(conversationOf(t.user('truong-ban')));
    expect(FakeConnector.textOf(calls.at(-1)!)).to.include(PLAN.en.title(2027));
  });
});
