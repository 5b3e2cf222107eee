import { expect } from 'chai';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { BotProcess } from './helpers/bot-process.ts';
import { CARD, CycleDriver } from './helpers/cycle-driver.ts';
import { ROSTER } from './helpers/roster-users.ts';
import { outboxFiles, readAllState, readSubmission } from './helpers/state-files.ts';

const BURST = 200;

describe('promise 4 — crash safety (child process, SIGKILL)', function () {
  this.timeout(90_000);
  let dataDir: string;
  const connector = new FakeConnector();
  const acknowledged: Array<{ unitId: string; text: string }> = [];
  let cardsBeforeCrash = 0;
  let cycleId = '';

  const reportCards = () => connector.calls.filter((c) => c.method !== 'PUT' && JSON.stringify(c.body).includes('"verb":"report.submit"')).length;

  before(async () => {
    await connector.start();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-rel-crash-'));
  });
  after(async () => {
    await connector.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every submission that got HTTP 200 when the process is killed mid-burst', async () => {
    const bot = await BotProcess.start({ dataDir });
    const d = new CycleDriver(bot, connector);
    cycleId = d.cycleId;
    for (const unit of ROSTER.units.slice(0, 3)) await d.install(unit.head);
    await d.openQuarter();
    // Twelve delivery records, none still 'sending' (the intent written just before a card goes out).
    const deliveriesDone = async () => {
      const dir = path.join(dataDir, 'cycles', cycleId, 'deliveries');
      const names = await readdir(dir).catch(() => []);
      const records = await Promise.all(names.filter((n) => n.endsWith('.json')).map(async (n) => JSON.parse(await readFile(path.join(dir, n), 'utf8')) as { status: string }));
      return records.length === 12 && records.every((r) => r.status !== 'sending');
    };
    await d.until(deliveriesDone, 'the fan-out to 12 units');
    cardsBeforeCrash = reportCards();
    expect(cardsBeforeCrash).to.be.at.least(3);

    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < BURST) {
        const n = next++;
        const unit = ROSTER.units[n % ROSTER.units.length]!;
        const text = `Lần nộp số ${n} của ${unit.id}`;
        try {
          const res = await d.submit(unit.head, unit.id, text);
          if (res.status === 200 && res.type === CARD && JSON.stringify(res.value).includes('Đã nhận báo cáo')) acknowledged.push({ unitId: unit.id, text });
        } catch (error) {
          // Requests cut off by the kill have no answer: they were never acknowledged.
          if (!killed) throw error;
        }
        if (acknowledged.length >= BURST / 2 && !killed) {
          killed = true;
          await bot.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect((await bot.exited).signal).to.equal('SIGKILL');
    expect(acknowledged.length).to.be.at.least(BURST / 2);
    expect(acknowledged.length).to.be.below(BURST);

    // Every state file parses (no torn writes), and every acknowledged answer is there after a restart.
    await readAllState(dataDir);
    const restarted = await BotProcess.start({ dataDir });
    try {
      for (const { unitId, text } of acknowledged) {
        const stored = await readSubmission(dataDir, cycleId, unitId);
        const texts = (stored?.versions ?? []).map((v) => Object.values(v.answers.areas)[0]);
        expect(texts, `${unitId}: ${text}`).to.include(text);
      }
      for (const [name, doc] of await readAllState(dataDir)) {
        if (!name.includes('/submissions/')) continue;
        const versions = (doc as { versions: Array<{ version: number }> }).versions.map((v) => v.version);
        expect(versions, name).to.deep.equal(versions.map((_, i) => i + 1));
      }
      // The restarted bot serves, and repeats nothing: no report card or mail is sent again.
      const d2 = new CycleDriver(restarted, connector);
      const status = await d2.say('thuong-truc', 'tình hình');
      expect(status.status).to.equal(200);
      expect(reportCards()).to.equal(cardsBeforeCrash);
      expect(await outboxFiles(dataDir)).to.deep.equal([]);
      // The first rewrite of a file in this process keeps the previous good copy as <file>.bak.
      const after = await d2.submit('truong-van-xa', 'van-xa', 'Bản sửa sau khi khởi động lại');
      expect(JSON.stringify(after.value)).to.include('Đã nhận báo cáo');
    } finally {
      expect((await restarted.kill('SIGTERM')).code).to.equal(0);
    }
  });

  it('refuses to start on a truncated state file, names it, never overwrites it, and keeps the last good copy', async () => {
    const file = path.join(dataDir, 'cycles', cycleId, 'submissions', 'van-xa.json');
    const good = await readFile(file, 'utf8');
    const backup = await readFile(`${file}.bak`, 'utf8');
    expect(() => JSON.parse(backup) as unknown).to.not.throw();
    const truncated = good.slice(0, Math.floor(good.length / 2));
    await writeFile(file, truncated);

    const bot = await BotProcess.start({ dataDir, waitReady: false });
    const exit = await bot.exited;
    expect(exit.code).to.not.equal(0);
    expect(exit.code).to.not.equal(null);
    const message = bot.stderr.join('\n');
    expect(message).to.include(file);
    expect(message).to.include('corrupt state file');
    expect(message).to.include('.bak');
    expect(await readFile(file, 'utf8')).to.equal(truncated);
    expect(await readFile(`${file}.bak`, 'utf8')).to.equal(backup);

    // A corrupt top-level document stops the start just the same.
    await writeFile(file, good);
    const cycleFile = path.join(dataDir, 'cycles', `${cycleId}.json`);
    await writeFile(cycleFile, '{"id": "broken", ');
    const again = await BotProcess.start({ dataDir, waitReady: false });
    expect((await again.exited).code).to.equal(1);
    expect(again.stderr.join('\n')).to.include(cycleFile);
    expect(await readFile(cycleFile, 'utf8')).to.equal('{"id": "broken", ');
  });
});
