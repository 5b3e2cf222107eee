import { expect } from 'chai';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { createMessage } from '../helpers/activities.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { BotProcess } from './helpers/bot-process.ts';
import { CARD, CycleDriver } from './helpers/cycle-driver.ts';
import { emlParts } from './helpers/eml.ts';
import { rosterUser } from './helpers/roster-users.ts';
import { outboxFiles, readSubmission } from './helpers/state-files.ts';

const SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe('promise 6 — hostile input (child process)', function () {
  this.timeout(60_000);
  let bot: BotProcess;
  let dataDir: string;
  let d: CycleDriver;
  const connector = new FakeConnector();

  before(async () => {
    await connector.start();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-rel-hostile-'));
    bot = await BotProcess.start({ dataDir });
    d = new CycleDriver(bot, connector);
    await d.openQuarter();
  });
  after(async () => {
    await bot.kill('SIGTERM');
    await connector.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers an oversized body with 413 and runs no turn', async () => {
    const big = createMessage(rosterUser('thuong-truc'), 'x'.repeat(300 * 1024), connector.url);
    const { status, body } = await bot.post(big);
    expect(status).to.equal(413);
    expect(body).to.deep.equal({ error: 'request body too large' });
  });

  it('answers deeply nested JSON and broken JSON with 400, and keeps serving', async () => {
    const depth = 50_000;
    const nested = `{"type":"message","value":${'['.repeat(depth)}1${']'.repeat(depth)}}`;
    expect((await bot.post(undefined, {}, nested)).status).to.equal(400);
    const shallowButDeep = `{"type":"message","value":${'{"a":'.repeat(200)}1${'}'.repeat(200)}}`;
    expect((await bot.post(undefined, {}, shallowButDeep)).status).to.equal(400);
    expect((await bot.post(undefined, {}, '{"type":"message",')).status).to.equal(400);
    expect((await fetch(`${bot.url}/healthz`)).status).to.equal(200);
  });

  it('refuses card inputs over their caps with the reason, storing nothing', async () => {
    const res = await d.submit('truong-kinh-te', 'kinh-te', 'a'.repeat(4001));
    expect(res.type).to.equal(CARD);
    expect(JSON.stringify(res.value)).to.include('Báo cáo chưa được lưu vì');
    expect(await readSubmission(dataDir, d.cycleId, 'kinh-te')).to.equal(undefined);
    const tooMany = await d.click('truong-kinh-te', 'report.submit', { cycleId: d.cycleId, unitId: 'kinh-te', area_x: 'x', evidence: Array.from({ length: 11 }, (_, i) => `https://a.example/${i}`).join(' ') });
    expect(JSON.stringify(tooMany.value)).to.include('Báo cáo chưa được lưu vì');
    expect(await readSubmission(dataDir, d.cycleId, 'kinh-te')).to.equal(undefined);
  });

  it('strips control characters and stores NFD Vietnamese as NFC', async () => {
    const nfd = 'Kết quả cải cách thủ tục hành chính'.normalize('NFD');
    expect(nfd).to.not.equal(nfd.normalize('NFC'));
    await d.submit('truong-do-thi', 'do-thi', `${nfd}\u0000\u0007\u001b[31m\u202e đạt`);
    const stored = await readSubmission(dataDir, d.cycleId, 'do-thi');
    const text = Object.values(stored!.versions[0]!.answers.areas)[0]!;
    expect(text).to.equal('Kết quả cải cách thủ tục hành chính[31m đạt'.normalize('NFC'));
    expect(text).to.equal(text.normalize('NFC'));
  });

  it('never evaluates ${…} in user text inside card templates', async () => {
    const payload = '${cycleId} ${$root.unitId} ${if(true, "yes", "no")} {{cycleId}}';
    await d.submit('truong-van-xa', 'van-xa', payload);
    // The literal text comes back in the form: had the template evaluated it, "${cycleId}" would read "<year>-q4".
    const edit = await d.click('truong-van-xa', 'report.edit', { cycleId: d.cycleId, unitId: 'van-xa' });
    const card = JSON.stringify(edit.value);
    expect(card).to.include(JSON.stringify(payload).slice(1, -1));
  });

  it('escapes HTML/script in the email and the Word document, and keeps outbox names inside the outbox', async () => {
    await d.submit('truong-tong-hop', 'tong-hop', `Kết quả ${SCRIPT}`);
    // An ad-hoc report whose topic (it names the attachment) tries to climb out of the folder.
    const token = 'abcdef012345';
    const created = await d.click('thuong-truc', 'adhoc.create', { token, topic: `../../../etc/passwd ${SCRIPT}`, questions: 'Câu hỏi 1', deadline: `10/12/${d.year}`, targets: 'van-xa' });
    expect(JSON.stringify(created.value)).to.not.include('chưa');
    const answered = await d.click('truong-van-xa', 'report.submit', { cycleId: `adhoc-${token}`, unitId: 'van-xa', q_0: `Trả lời ${SCRIPT}` });
    expect(JSON.stringify(answered.value)).to.include('Đã nhận báo cáo');
    for (const cycleId of [d.cycleId, `adhoc-${token}`]) {
      const sent = await d.click('thuong-truc', 'report.send', { cycleId });
      expect(sent.status).to.equal(200);
    }
    const files = await outboxFiles(dataDir);
    expect(files.sort()).to.deep.equal([`report-adhoc-${token}.eml`, `report-${d.cycleId}.eml`].sort());
    // Nothing was written next to the data folder (where "../" in a name would have led).
    expect((await readdir(path.dirname(dataDir))).filter((n) => /passwd|\.eml$/.test(n))).to.deep.equal([]);
    for (const file of files) {
      const parts = emlParts(await readFile(path.join(dataDir, 'outbox', file), 'utf8'));
      const html = parts.find((p) => /text\/html/.test(p.headers))!.body.toString('utf8');
      expect(html).to.include('&lt;script&gt;');
      expect(html).to.not.match(/<script|<img/i);
      const docx = parts.find((p) => /wordprocessingml/.test(p.headers))!;
      const name = /filename\*?=(?:UTF-8'')?"?([^";\r\n]+)/i.exec(docx.headers)?.[1] ?? '';
      expect(decodeURIComponent(name)).to.not.match(/[\\/]|\.\./);
      const xml = await (await JSZip.loadAsync(docx.body)).file('word/document.xml')!.async('string');
      expect(xml).to.include('&lt;script&gt;');
      expect(xml).to.not.match(/<script|<img /);
    }
  });
});
