import { formatDate } from '../domain/calendar/index.ts';
import type { PlanProgressCounts, PlanProgressSummary } from '../domain/report/plan-progress-summary.ts';
import { bodyParagraph, cellParagraphs, headingParagraph, noteParagraph, textRun } from './docx-paragraphs.ts';
import { TEXT_WIDTH } from './docx-layout.ts';
import { gridTable } from './docx-tables.ts';
import { PLAN_PROGRESS_LABELS, countCells } from './plan-progress-labels.ts';

const L = PLAN_PROGRESS_LABELS.vi;
const NUMBER_WIDTH = 600;
const COUNT_WIDTH = 900;

function* countsTable(nameHeader: string, rows: Array<{ name: string; counts: PlanProgressCounts }>, total: PlanProgressCounts): Generator<string> {
  const nameWidth = TEXT_WIDTH - NUMBER_WIDTH - 6 * COUNT_WIDTH;
  const widths = [NUMBER_WIDTH, nameWidth, ...Array<number>(6).fill(COUNT_WIDTH)];
  const header = [L.number, nameHeader, ...L.counts].map((h) => cellParagraphs(h, { bold: true, centred: true }));
  function* body(): Generator<string[]> {
    for (const [i, row] of rows.entries()) yield [cellParagraphs(String(i + 1), { centred: true }), cellParagraphs(row.name), ...countCells(row.counts).map((c) => cellParagraphs(c, { centred: true }))];
    yield [cellParagraphs(''), cellParagraphs(L.totalRow, { bold: true }), ...countCells(total).map((c) => cellParagraphs(c, { bold: true, centred: true }))];
  }
  yield* gridTable(widths, header, body());
}

function* overdueTable(summary: PlanProgressSummary): Generator<string> {
  if (summary.overdue.length === 0) {
    yield noteParagraph(L.noOverdue);
    return;
  }
  const unitWidth = 2300;
  const dueWidth = 1300;
  const statusWidth = 1500;
  const widths = [NUMBER_WIDTH, TEXT_WIDTH - NUMBER_WIDTH - unitWidth - dueWidth - statusWidth, unitWidth, dueWidth, statusWidth];
  const header = [L.number, L.task, L.unit, L.due, L.status].map((h) => cellParagraphs(h, { bold: true, centred: true }));
  function* body(): Generator<string[]> {
    for (const [i, t] of summary.overdue.entries()) {
      yield [
        cellParagraphs(String(i + 1), { centred: true }),
        cellParagraphs(`${t.number}. ${t.content}${t.result ? `\n${t.result}` : ''}`),
        cellParagraphs(t.unitName),
        cellParagraphs(formatDate(t.due), { centred: true }),
        cellParagraphs(L.statuses[t.status], { centred: true }),
      ];
    }
  }
  yield* gridTable(widths, header, body());
}

/** The plan-progress part of section I (XML): a summary sentence, counts by area and by lead unit, the overdue tasks. */
export function* planProgressBlocks(summary: PlanProgressSummary, number: number): Generator<string> {
  yield headingParagraph(`${number}. ${L.title(summary.year)}`);
  if (summary.illustrative) yield noteParagraph(L.illustrative);
  yield bodyParagraph([textRun(L.summary(summary.total, formatDate(summary.asOf)))]);
  yield headingParagraph(L.byArea);
  yield* countsTable(L.area, summary.byArea.map((r) => ({ name: r.title, counts: r.counts })), summary.total);
  yield headingParagraph(L.byUnit);
  yield* countsTable(L.unit, summary.byUnit.map((r) => ({ name: r.unitName, counts: r.counts })), summary.total);
  yield headingParagraph(L.overdue);
  yield* overdueTable(summary);
}
