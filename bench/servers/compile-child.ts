/**
 * Runs in its own process so peak RSS is the compile's alone: reads quarter IV/2026 of DATA_DIR
 * through the store, compiles it, renders the report mail's HTML body (reportMailBody: the full page when it
 * fits in a mail, else the summary) and the official .docx, and reports
 * timings and process.resourceUsage().maxRSS to the parent. With DATABASE_URL it reads PostgreSQL instead.
 */
import { readConfig } from '../../src/config.ts';
import { createRoster } from '../../src/domain/committee/committee.ts';
import { compileReport } from '../../src/domain/cycles/compile-report.ts';
import { renderOfficialDocument } from '../../src/report/official-document.ts';
import { reportMailBody } from '../../src/report/report-mail-body.ts';
import { CycleRepo } from '../../src/store/cycle-repo.ts';
import { openStore } from '../../src/store/open-store.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { cityCommittee } from '../lib/roster.ts';
import { mainThreadCpuMs } from '../lib/thread-cpu.ts';

const units = Number(process.env.BENCH_UNITS);
const dataDir = process.env.DATA_DIR!;
const roster = createRoster(cityCommittee(units));
const config = readConfig({ DATA_DIR: dataDir, DATABASE_URL: process.env.DATABASE_URL ?? '' });
const letterhead = { ...config.letterhead, signerName: roster.withRole('chief')[0]?.name ?? '' };
const now = new Date('2026-12-15T02:00:00Z');
const rssBefore = process.memoryUsage().rss;

// FileStore on DATA_DIR, or PostgresStore when DATABASE_URL is set (opened, i.e. connected, before the clock starts).
const store = await openStore(config, createLogger('warn'));
const repo = new CycleRepo(store);
const c0 = process.cpuUsage();
const main0 = mainThreadCpuMs();
const t0 = performance.now();
const cycle = await repo.get('2026-q4');
if (!cycle) throw new Error('no cycle 2026-q4 in DATA_DIR');
const submissions = await repo.submissions(cycle.id);
const t1 = performance.now();
const report = compileReport(cycle, roster, submissions, now);
const t2 = performance.now();
const html = reportMailBody(report);
const t3 = performance.now();
const docx = await renderOfficialDocument(report, letterhead, now);
const t4 = performance.now();
const cpu = process.cpuUsage(c0);
const main1 = mainThreadCpuMs();
process.send?.({
  submissions: submissions.size,
  loadMs: t1 - t0,
  compileMs: t2 - t1,
  htmlMs: t3 - t2,
  docxMs: t4 - t3,
  totalMs: t4 - t0,
  htmlBytes: Buffer.byteLength(html),
  docxBytes: docx.length,
  rssBefore,
  cpuMs: (cpu.user + cpu.system) / 1000,
  mainCpuMs: main0 === undefined || main1 === undefined ? undefined : main1 - main0,
  maxRss: process.resourceUsage().maxRSS * 1024,
});
await store.close();
