import os from 'node:os';

/** How a measured figure compares with its goal; "fail" means something was lost or duplicated. */
export type Verdict = 'ok' | 'missed' | 'info' | 'fail';

/** One line of the results table. */
export interface Row {
  part: string;
  what: string;
  measured: string;
  goal: string;
  verdict: Verdict;
}

/** Builds a row, judging `ok` against the goal when there is one. */
export function row(part: string, what: string, measured: string, goal = '—', ok?: boolean, fatal = false): Row {
  const verdict: Verdict = ok === undefined ? 'info' : ok ? 'ok' : fatal ? 'fail' : 'missed';
  return { part, what, measured, goal, verdict };
}

const MARK: Record<Verdict, string> = { ok: 'ok', missed: 'MISSED', info: '', fail: 'FAIL' };

/** The machine the run happened on, one line. */
export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node.js ${process.version}`;
}

/** The rows as an aligned plain-text table. */
export function textTable(rows: readonly Row[]): string {
  const cells = [['part', 'what', 'measured', 'goal', ''], ...rows.map((r) => [r.part, r.what, r.measured, r.goal, MARK[r.verdict]])];
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((line) => [...line[c]!].length)));
  const line = (values: string[]) => values.map((v, c) => v + ' '.repeat(widths[c]! - [...v].length)).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The rows as a Markdown table (for docs/benchmarks.md). */
export function markdownTable(rows: readonly Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return ['| part | what | measured | goal | |', '|---|---|---|---|---|', ...rows.map((r) => `| ${esc(r.part)} | ${esc(r.what)} | ${esc(r.measured)} | ${esc(r.goal)} | ${MARK[r.verdict]} |`)].join('\n');
}
