/**
 * `npm run bench`: every figure of issue 8 measured in one run and printed side by side with its
 * goal. Exits non-zero only when a part could not run or something was lost or duplicated;
 * a missed goal is reported, not failed. `--markdown FILE` also writes the table as Markdown.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { compileBench } from './compile.ts';
import { checkEnforcer, fanOutBench, ONE_INSTANCE_GOAL } from './fan-out.ts';
import { fanOutPostgresBench } from './fan-out-postgres.ts';
import { footprintBench } from './footprint.ts';
import { submissionBench } from './submissions.ts';
import { QUICK, scaled } from './lib/scale.ts';
import { machine, markdownTable, row, textTable, type Row } from './lib/table.ts';

/** The Postgres variants need DATABASE_URL (scripts/with-postgres.sh npm run bench); without it they are skipped with a note. */
const withPostgres = Boolean(process.env.DATABASE_URL);
const skippedPostgres = (part: string, what: string) => row(part, what, 'skipped: DATABASE_URL not set (run scripts/with-postgres.sh npm run bench)');

async function fanOutParts(): Promise<Row[]> {
  const rows = [await checkEnforcer(), ...(await fanOutBench(scaled(3000)))];
  if (!withPostgres) return [...rows, skippedPostgres('1 fan-out', 'N=3,000 on PostgreSQL with 1 and 3 instances')];
  return [...rows, ...(await fanOutPostgresBench(scaled(3000), 1, ONE_INSTANCE_GOAL)), ...(await fanOutPostgresBench(scaled(3000), 3, THREE_INSTANCES_GOAL))];
}

/** Issue 17: three instances on one database within 1.10× the N/50 s floor. */
const THREE_INSTANCES_GOAL = 1.1;

const parts: Array<[string, () => Promise<Row[]>]> = [
  ['1 fan-out', fanOutParts],
  ['2 submissions', submissionBench],
  ['3 compile', compileBench],
  ['4 footprint', footprintBench],
];

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const markdownFile = process.argv.includes('--markdown') ? process.argv[process.argv.indexOf('--markdown') + 1] : undefined;
const header = `CCHC Bot benchmarks${QUICK ? ' (--quick: every part at a tenth of its size, a smoke run)' : ''} — ${new Date().toISOString()}\nmachine: ${machine()}\nload average before the run: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`;
console.log(header);

const rows: Row[] = [];
const started = performance.now();
for (const [name, run] of parts) {
  if (only && !name.startsWith(only)) continue;
  const partStarted = performance.now();
  console.log(`\n… ${name}`);
  try {
    const partRows = await run();
    rows.push(...partRows);
    console.log(textTable(partRows));
  } catch (error) {
    console.error(error);
    rows.push(row(name, 'could not run', (error as Error).message.slice(0, 200), '—', false, true));
  }
  console.log(`(${name}: ${((performance.now() - partStarted) / 1000).toFixed(0)} s)`);
}
const footer = `whole run: ${((performance.now() - started) / 1000).toFixed(0)} s; load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`;
console.log(`\n${textTable(rows)}\n${footer}`);
if (markdownFile) await writeFile(markdownFile, `${header.replace(/\n/g, '  \n')}\n\n${markdownTable(rows)}\n\n${footer}\n`, 'utf8');
const failed = rows.filter((r) => r.verdict === 'fail');
if (failed.length > 0) {
  console.error(`\n${failed.length} check(s) failed: something could not run, or was lost or duplicated.`);
  process.exitCode = 1;
}
