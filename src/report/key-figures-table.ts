import type { KeyFigure } from '../domain/report/key-figures.ts';
import { cellParagraphs, headingParagraph } from './docx-paragraphs.ts';
import { TEXT_WIDTH } from './docx-layout.ts';
import { gridTable } from './docx-tables.ts';
import { KEY_FIGURE_LABELS, figureText } from './key-figure-labels.ts';

const L = KEY_FIGURE_LABELS.vi;
const NUMBER_WIDTH = 600;
const UNIT_WIDTH = 1300;
const TOTAL_WIDTH = 1500;
const REPORTED_WIDTH = 1500;

/** The key-figures table of section I (XML): each indicator, its unit of measure, the total and how many units gave it. */
export function* keyFiguresBlocks(figures: KeyFigure[], number: number): Generator<string> {
  yield headingParagraph(`${number}. ${L.title}`);
  const widths = [NUMBER_WIDTH, TEXT_WIDTH - NUMBER_WIDTH - UNIT_WIDTH - TOTAL_WIDTH - REPORTED_WIDTH, UNIT_WIDTH, TOTAL_WIDTH, REPORTED_WIDTH];
  const header = [L.number, L.indicator, L.unit, L.total, L.reported].map((h) => cellParagraphs(h, { bold: true, centred: true }));
  function* rows(): Generator<string[]> {
    for (const [i, f] of figures.entries()) {
      yield [
        cellParagraphs(String(i + 1), { centred: true }),
        cellParagraphs(f.label),
        cellParagraphs(f.unit, { centred: true }),
        cellParagraphs(figureText(f.total, 'vi'), { centred: true }),
        cellParagraphs(`${f.unitsReported}/${f.unitsAsked}`, { centred: true }),
      ];
    }
  }
  yield* gridTable(widths, header, rows());
}
