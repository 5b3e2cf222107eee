import { expect } from 'chai';
import path from 'node:path';
import { formatDate, localDate } from '../../src/domain/calendar/index.ts';
import { quarterLabel, quarterOf } from '../../src/domain/cycles/quarter.ts';
import { REPO_ROOT, startBotProcess, type BotProcess } from './bot-process.ts';
import { DEMO_USERS, PlaygroundSession } from './playground-harness.ts';

const OUTPUT_DIR = path.join(REPO_ROOT, 'test-output', 'e2e');
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The quarter the bot's real clock is in, with a deadline 12 days ahead so every submission is on
 * time whenever the test runs (on 2026-11-28 in Hanoi: "IV/2026 hạn 10/12/2026").
 */
function quarterToOpen(now = new Date()): { label: string; command: string } {
  const label = quarterLabel(quarterOf(now), 'vi');
  const deadline = formatDate(localDate(new Date(now.getTime() + 12 * DAY_MS)));
  return { label, command: `mở báo cáo quý ${label.replace(/^Quý /, '')} hạn ${deadline}` };
}

// The real bot and the Microsoft 365 Agents Playground as child processes, driven in headless
// Chromium: what a committee member sees in a Teams client, for one quarter from open to status.
describe('a quarter in the Agents Playground (real bot, headless Chromium)', function () {
  const { label, command } = quarterToOpen();
  const area = 'Kết quả thực hiện nhiệm vụ CCHC — Công tác chỉ đạo, điều hành cải cách hành chính';
  const result = 'Ban hành Kế hoạch CCHC năm 2027; 100% văn bản chỉ đạo đúng hạn.';
  const difficulties = 'Thiếu cán bộ chuyên trách.';
  // The shipped illustrative plan is for 2026, where Phòng Tổng hợp leads task 2 (due in quarter IV).
  const year = quarterOf(new Date()).year;
  const planTitle = `Nhiệm vụ theo Kế hoạch CCHC năm ${year} (Phụ lục 2A)`;
  const withPlan = year === 2026;
  let bot: BotProcess;
  let pg: PlaygroundSession;

  before(async function () {
    bot = await startBotProcess();
    pg = await PlaygroundSession.start({ botUrl: bot.url, currentUser: DEMO_USERS.thuongTruc, outputDir: OUTPUT_DIR });
  });

  after(async function () {
    await pg?.stop();
    await bot?.stop(path.join(OUTPUT_DIR, 'quarter-bot.log'));
  });

  afterEach(async function () {
    // A renderer warning or error on any card the bot sent in this step fails the step.
    expect(await pg.logPanelWarnings(), 'Playground log panel warnings/errors').to.deep.equal([]);
  });

  it('welcomes the standing member and shows the help card for "trợ giúp"', async function () {
    await pg.waitForBotText('Kính chào Anh/Chị Trần Thị Thường Trực');
    await pg.sendText('trợ giúp');
    const help = await pg.waitForCardText('Trợ lý Ban Chỉ đạo CCHC — các lệnh Anh/Chị được sử dụng');
    const text = await help.innerText();
    expect(text).to.include('mở báo cáo quý');
    expect(text).to.include('tình hình');
    await pg.screenshot('quarter-01-help');
  });

  it('opens the quarter and shows the progress card', async function () {
    await pg.sendText(command);
    await pg.waitForBotText(`Đã mở kỳ báo cáo ${label}`);
    const progress = await pg.waitForCardText(`Gửi phiếu báo cáo ${label}`);
    await pg.waitForCardText('Đã gửi xong.');
    const text = await progress.innerText();
    expect(text).to.match(/Đã gửi \d+\/12 đơn vị/);
    // The unit head has never opened the bot, so the form waits until they do.
    expect(text).to.include('Phòng Tổng hợp (Nguyễn Văn Tổng Hợp): người nhận chưa cài đặt hoặc chưa mở Trợ lý trên Teams');
    await pg.screenshot('quarter-02-opened');
  });

  it('delivers the waiting report form when the unit head opens the bot, with its Vietnamese labels', async function () {
    const before = pg.activities.length;
    await pg.switchUser(DEMO_USERS.tongHop);
    const form = await pg.waitForCardText(`Báo cáo kết quả thực hiện công tác CCHC — ${label}`, 30_000);
    const installs = pg.activities.slice(before).filter((a) => a.type === 'installationUpdate' && a.action === 'add');
    expect(installs.map((a) => (a.from as { id?: string }).id)).to.include(DEMO_USERS.tongHop.id);
    const text = await form.innerText();
    if (withPlan) expect(text).to.include('Nhiệm vụ 2: Báo cáo kết quả CCHC hằng quý, 6 tháng, năm đúng hạn').and.include('Tình trạng nhiệm vụ 2');
    else expect(text).to.include(`Chưa có Kế hoạch CCHC năm ${year}`);
    for (const labelText of ['Phòng Tổng hợp', area, planTitle, 'Khó khăn – vướng mắc', 'Đề xuất – kiến nghị', 'Nhiệm vụ trọng tâm quý tới', 'Tài liệu kiểm chứng (đường dẫn)', 'Gửi báo cáo']) {
      expect(text).to.include(labelText);
    }
    await pg.screenshot('quarter-03-form-delivered');
  });

  it('shows the card\'s own error for the empty required field and sends nothing', async function () {
    const before = pg.activities.length;
    await pg.clickCardButton('Gửi báo cáo');
    await pg.waitForCardText('Vui lòng nhập kết quả thực hiện của ít nhất một lĩnh vực.');
    expect(pg.activities.slice(before).filter((a) => a.type === 'invoke')).to.deep.equal([]);
    await pg.screenshot('quarter-04-required-error');
  });

  it('replaces the form with the receipt after "Gửi báo cáo"', async function () {
    await pg.fillInput(area, result);
    if (withPlan) {
      await pg.selectChoice('Tình trạng nhiệm vụ 2', 'Hoàn thành');
      await pg.fillInput('Kết quả nhiệm vụ 2', 'Đã gửi báo cáo quý đúng hạn.');
    }
    await pg.fillInput('Khó khăn – vướng mắc', difficulties);
    await pg.clickCardButton('Gửi báo cáo');
    const receipt = await pg.waitForCardText(`Đã nhận báo cáo CCHC — ${label}`);
    const text = await receipt.innerText();
    expect(text).to.include(result);
    expect(text).to.include(difficulties);
    expect(text).to.include('Đúng hạn');
    if (withPlan) expect(text).to.include('Hoàn thành — Đã gửi báo cáo quý đúng hạn.');
    // Replaced in place: the form is no longer in the chat.
    expect(await pg.page.locator('.ac-adaptiveCard').filter({ hasText: `Báo cáo kết quả thực hiện công tác CCHC — ${label}` }).count()).to.equal(0);
    await pg.screenshot('quarter-05-receipt');
  });

  it('reopens the form with the stored values on "Sửa báo cáo"', async function () {
    await pg.clickCardButton('Sửa báo cáo');
    const form = await pg.waitForCardText(`Báo cáo kết quả thực hiện công tác CCHC — ${label}`);
    expect(await form.getByLabel(area).inputValue()).to.equal(result);
    expect(await form.getByLabel('Khó khăn – vướng mắc').inputValue()).to.equal(difficulties);
    await pg.screenshot('quarter-06-edit');
  });

  it('shows the unit as "Đã nộp" to the standing member on "tình hình"', async function () {
    await pg.switchUser(DEMO_USERS.thuongTruc);
    await pg.sendText('tình hình');
    const status = await pg.waitForCardText(`Tình hình nộp báo cáo ${label}`);
    // A ColumnSet row renders as a top-level container of the card body (no ColumnSet class in 0.2.28).
    const row = status.locator(':scope > div > .ac-container').filter({ hasText: 'Phòng Tổng hợp' });
    expect(await row.count()).to.equal(1);
    const rowText = await row.innerText();
    expect(rowText).to.include('Nguyễn Văn Tổng Hợp');
    expect(rowText).to.include('Đã nộp');
    expect(await status.innerText()).to.match(/đã nộp [1-9]\d*/);
    await pg.screenshot('quarter-07-status');
  });
});
