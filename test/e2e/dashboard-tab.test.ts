import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PAR_AREA_TITLES } from '../../src/domain/par-areas.ts';
import { itemsOfUnit } from '../../src/domain/self-assessment/scored-items.ts';
import { criteriaSet } from '../../src/features/self-assessment/criteria-sets.ts';
import { CYCLE } from '../../src/i18n/cycle-strings.ts';
import { PLAN } from '../../src/i18n/plan-strings.ts';
import { SELF_ASSESSMENT } from '../../src/i18n/self-assessment-strings.ts';
import { TAB } from '../../src/i18n/tab-strings.ts';
import { conversationOf } from '../helpers/activities.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { TestBot } from '../helpers/test-bot.ts';
import { firstArea } from '../reliability/helpers/roster-users.ts';
import { REPO_ROOT } from './bot-process.ts';

const OUTPUT_DIR = path.join(REPO_ROOT, 'test-output', 'e2e');
const NOW = new Date('2026-12-08T03:00:00Z');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The values a catalogue sentence was filled with, read back from a card: `probe` is the sentence
 * with the markers 111, 222, … in place of the values, which come back as text in marker order.
 */
function readBack(cardJson: string, probe: string, what: string): string[] {
  const markers = ['111', '222', '333', '444', '555'].filter((m) => probe.includes(m));
  const pattern = new RegExp(probe.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/111|222|333|444|555/g, '([\\d.,]+)'));
  const m = pattern.exec(cardJson);
  if (!m) throw new Error(`no ${what} in the card`);
  return markers.map((_, i) => m[i + 1]!);
}

/** The totals `tình hình` puts in its card, read back from the catalogue's own sentence. */
function statusTotals(cardJson: string): Record<string, number> {
  const [total, submitted, late, deputy, missing] = readBack(cardJson, CYCLE.vi.status.totals({ total: 111, submitted: 222, late: 333, deputy: 444, missing: 555 }), 'status totals').map(Number);
  return { total: total!, submitted: submitted!, late: late!, deputy: deputy!, missing: missing! };
}

/** `kế hoạch`'s summary line: tasks, done, overdue. */
function planSummary(cardJson: string): { total: number; done: number; overdue: number } {
  const [total, done, , , overdue] = readBack(cardJson, PLAN.vi.summary({ total: 111, done: 222, inProgress: 333, notStarted: 444, overdue: 555 }), 'plan summary').map(Number);
  return { total: total!, done: done!, overdue: overdue! };
}

/** `điểm`'s summary line: criteria scored, of all, points and maximum as the card writes them. */
function scoreSummary(cardJson: string): string[] {
  return readBack(cardJson, SELF_ASSESSMENT.vi.scores.summary(111, 222, '333', '444', '555'), 'self-assessment summary').slice(0, 4);
}

/** What the tab shows of the plan (the total row) and the self-assessment (its summary's data). */
async function tabFigures(page: Page) {
  const planRow = await page.$$eval('#plan-table tbody tr:last-child td', (cells) => cells.map((c) => Number(c.textContent)));
  const summary = await page.$eval('#sa-summary', (p) => ({ points: Number((p as HTMLElement).dataset.points), max: Number((p as HTMLElement).dataset.max) }));
  const scored = await page.$eval('#sa-table tbody tr:last-child td', (c) => c.textContent ?? '');
  return { plan: { total: planRow[0], done: planRow[1], overdue: planRow[3] }, summary, scored };
}

// The dashboard tab in headless Chromium (Debian's chromium): after a scripted quarter its numbers
// equal `tình hình`, `kế hoạch` and `điểm`, the charts are drawn, downloads work, axe-core finds nothing
// serious, and it fits a phone.
describe('the dashboard tab in Chromium', function () {
  this.timeout(120_000);
  let t: TestBot;
  let browser: Browser;

  before(async () => {
    const built = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build-web.mjs')], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build:web failed');
    await mkdir(OUTPUT_DIR, { recursive: true });
    t = await TestBot.start({ now: () => NOW });
    for (const id of ['thuong-truc', 'truong-kinh-te', 'truong-van-xa']) await t.install(t.user(id));
    await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 10/12/2026');
    await t.bot.app.tasks.idle();
    for (const [head, unit] of [['truong-kinh-te', 'kinh-te'], ['truong-van-xa', 'van-xa']] as const) {
      await t.click(t.user(head), 'report.submit', { cycleId: '2026-q4', unitId: unit, [firstArea(unit)]: `Kết quả quý IV của ${unit}` });
    }
    // Phòng Tổng hợp reports its plan task 2 done with the quarter, and scores its self-assessment criteria.
    await t.install(t.user('truong-tong-hop'));
    await t.click(t.user('truong-tong-hop'), 'report.submit', { cycleId: '2026-q4', unitId: 'tong-hop', [firstArea('tong-hop')]: 'Kết quả quý IV của tong-hop', 'task_t-2_status': 'done', 'task_t-2_result': 'Đã ban hành kế hoạch năm 2027' });
    await t.say(t.user('thuong-truc'), 'tự chấm điểm 2026 hạn 15/12/2026');
    const scoring: Record<string, string> = { year: '2026', unitId: 'tong-hop' };
    for (const [i, item] of itemsOfUnit(criteriaSet(t.bot.app, 2026)!, 'tong-hop').entries()) {
      Object.assign(scoring, { [`score_${item.id}`]: i === 0 ? '0,5' : String(item.maxPoints), [`explanation_${item.id}`]: `Giải trình ${item.id}`, [`evidence_${item.id}`]: `https://vanphong.example.gov.vn/minh-chung/${item.id}` });
    }
    await t.click(t.user('truong-tong-hop'), 'selfAssessment.score', scoring);
    await t.bot.app.tasks.idle();
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
  });
  /** What the bot answers `text` in the member's chat, as card JSON. */
  async function chat(user: ReturnType<TestBot['user']>, text: string): Promise<string> {
    const before = t.connector.messagesTo(conversationOf(user)).length;
    await t.say(user, text);
    return t.connector.messagesTo(conversationOf(user)).slice(before).map((c) => FakeConnector.textOf(c)).join('\n');
  }
  after(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('shows the numbers `tình hình` answers, draws the chart, downloads the statistics and passes axe-core', async () => {
    const standing = t.user('thuong-truc');
    const expected = statusTotals(await chat(standing, 'tình hình'));

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await page.goto(`${t.bot.url}/tab/?as=thuong-truc`);
    await page.waitForSelector('body[data-loaded="thuong-truc"]');
    const shown: Record<string, number> = {};
    for (const key of Object.keys(expected)) shown[key] = Number(await page.textContent(`[data-total="${key}"] .n`));
    expect(shown).to.deep.equal(expected);
    expect(await page.getAttribute('#ontime-chart', 'data-drawn')).to.equal('true');
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'tab-desktop.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="stats-csv"]')]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).to.include('Phòng Kinh tế');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="stats-xlsx"]')]);
    expect(xlsx.suggestedFilename()).to.match(/\.xlsx$/);

    // The plan and the self-assessment: the tab's figures are `kế hoạch`'s and `điểm`'s.
    const plan = planSummary(await chat(standing, 'kế hoạch'));
    const [scored, of, points, max] = scoreSummary(await chat(standing, 'điểm'));
    const tab = await tabFigures(page);
    expect(tab.plan).to.deep.equal(plan);
    expect(plan.done).to.be.at.least(1);
    expect([TAB.vi.points(tab.summary.points), TAB.vi.points(tab.summary.max)]).to.deep.equal([points, max]);
    expect(tab.scored).to.equal(`${scored}/${of}`);
    expect(await page.getAttribute('#sa-chart', 'data-drawn')).to.equal('true');
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'tab-plan-self-assessment.png'), fullPage: true });
    const [sheet] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="self-assessment-xlsx"]')]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await sheet.path())!)) as unknown as ArrayBuffer);
    const numbers: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => numbers.push(String(row.getCell(1).value ?? '')));
    expect(numbers).to.include.members(['1', '1.1.2', '8.1']);
    const [initiatives] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="initiatives-csv"]')]);
    expect(await readFile((await initiatives.path())!, 'utf8')).to.include('Tên sáng kiến');

    const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axe });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string | null }> }> } }).axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).to.deep.equal([]);
    await page.close();
  });

  it('is usable at a phone width: no sideways scrolling of the page, and a unit head sees their own unit', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${t.bot.url}/tab/?as=truong-kinh-te`);
    await page.waitForSelector('body[data-loaded="truong-kinh-te"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(391);
    expect(await page.textContent('[data-total="total"] .n')).to.equal('1');
    expect(await page.locator('[data-unit]').count()).to.equal(1);
    expect(await page.isHidden('#self-assessment'), 'Phòng Kinh tế scores no criterion').to.equal(true);
    expect(await page.locator('[data-plan-area]').count(), 'one area of its own tasks, and the total').to.equal(2);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'tab-phone.png'), fullPage: true });
    await page.close();
  });

  it('shows a unit head their own plan tasks and scores as `kế hoạch` and `điểm` answer them, with their own downloads, at a phone width', async () => {
    const head = t.user('truong-tong-hop');
    const plan = planSummary(await chat(head, 'kế hoạch'));
    const [scored, of, points, max] = scoreSummary(await chat(head, 'điểm'));
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    await page.goto(`${t.bot.url}/tab/?as=truong-tong-hop`);
    await page.waitForSelector('body[data-loaded="truong-tong-hop"]');
    const tab = await tabFigures(page);
    expect(tab.plan).to.deep.equal(plan);
    expect([TAB.vi.points(tab.summary.points), TAB.vi.points(tab.summary.max)]).to.deep.equal([points, max]);
    expect(tab.scored).to.equal(`${scored}/${of}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(391);
    expect(await page.locator('[data-download="self-assessment-xlsx"]').count(), 'not the Office table').to.equal(0);
    const [sheet] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="self-assessment-xlsx-tong-hop"]')]);
    expect(sheet.suggestedFilename()).to.equal('bang-tu-cham-diem-cchc-2026-tong-hop.xlsx');
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'tab-phone-unit-head.png'), fullPage: true });
    // Their own choice of English turns the tab English too (the data's official titles aside).
    await t.say(head, 'language English');
    await page.reload();
    await page.waitForSelector('body[data-loaded="truong-tong-hop"]');
    expect(await page.getAttribute('html', 'lang')).to.equal('en');
    expect(await page.textContent('#plan-h')).to.equal(`${TAB.en.planHeading(2026)} — ${TAB.en.scopeOwn}`);
    expect(await page.textContent('#sa-h')).to.equal(`${TAB.en.selfAssessmentHeading(2026)} — ${TAB.en.scopeOwn}`);
    expect(await page.textContent('[data-plan-area="chi-dao-dieu-hanh"]')).to.equal(PAR_AREA_TITLES['chi-dao-dieu-hanh'].en);
    await page.close();
  });
});
