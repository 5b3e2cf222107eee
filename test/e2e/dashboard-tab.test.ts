import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CYCLE } from '../../src/i18n/cycle-strings.ts';
import { conversationOf } from '../helpers/activities.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { TestBot } from '../helpers/test-bot.ts';
import { firstArea } from '../reliability/helpers/roster-users.ts';
import { REPO_ROOT } from './bot-process.ts';

const OUTPUT_DIR = path.join(REPO_ROOT, 'test-output', 'e2e');
const NOW = new Date('2026-12-08T03:00:00Z');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The totals `tình hình` puts in its card, read back from the catalogue's own sentence. */
function statusTotals(cardJson: string): Record<string, number> {
  const probe = CYCLE.vi.status.totals({ total: 111, submitted: 222, late: 333, deputy: 444, missing: 555 });
  const pattern = new RegExp(probe.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/111|222|333|444|555/g, '(\\d+)'));
  const m = pattern.exec(cardJson);
  if (!m) throw new Error('no totals in the status card');
  return { total: Number(m[1]), submitted: Number(m[2]), late: Number(m[3]), deputy: Number(m[4]), missing: Number(m[5]) };
}

// The dashboard tab in headless Chromium (Debian's chromium): after a scripted quarter its numbers
// equal `tình hình`, the chart is drawn, downloads work, axe-core finds nothing serious, and it fits a phone.
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
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
  });
  after(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('shows the numbers `tình hình` answers, draws the chart, downloads the statistics and passes axe-core', async () => {
    const standing = t.user('thuong-truc');
    const before = t.connector.messagesTo(conversationOf(standing)).length;
    await t.say(standing, 'tình hình');
    const card = t.connector.messagesTo(conversationOf(standing)).slice(before).map((c) => FakeConnector.textOf(c)).join('\n');
    const expected = statusTotals(card);

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
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'tab-phone.png'), fullPage: true });
    await page.close();
  });
});
