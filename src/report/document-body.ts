import type { CompiledReport } from '../domain/report/compiled-report.ts';
import type { SynthesisText } from '../domain/synthesis/synthesis.ts';
import { synthesisSections } from './synthesis-sections.ts';
import { bodyParagraph, headingParagraph, noteParagraph, textRun, unitTextsOrNote } from './docx-paragraphs.ts';
import { EMPTY_SECTION_TEXT, SECTION_TITLES } from './report-labels.ts';
import { submissionSummary, submissionTable } from './submission-table.ts';
import { taskProgressTable } from './task-progress-table.ts';
import { planProgressBlocks } from './plan-progress-table.ts';
import { keyFiguresBlocks } from './key-figures-table.ts';

const EMPTY = EMPTY_SECTION_TEXT.vi;

/** Section I of a quarterly report: one numbered subsection per PAR area, then Phụ lục 2A. */
function* quarterlyResults(report: CompiledReport): Generator<string> {
  yield headingParagraph(SECTION_TITLES.results.vi);
  for (const [i, area] of report.areas.entries()) {
    yield headingParagraph(`${i + 1}. ${area.title}`);
    yield* unitTextsOrNote(area.entries, EMPTY);
  }
  yield* taskProgress(report, report.areas.length + 1);
  let next = report.areas.length + (report.taskProgress.length ? 2 : 1);
  if (report.planProgress) yield* planProgressBlocks(report.planProgress, next++);
  if (report.keyFigures?.length) yield* keyFiguresBlocks(report.keyFigures, next);
}

/** Section I of an ad-hoc report: each question, numbered, with the units' answers. */
function* adHocAnswers(report: CompiledReport): Generator<string> {
  yield headingParagraph(SECTION_TITLES.adHocAnswers.vi);
  for (const [i, q] of report.questions.entries()) {
    yield headingParagraph(`${i + 1}. ${q.question}`);
    yield* unitTextsOrNote(q.answers, EMPTY);
  }
  yield* taskProgress(report, report.questions.length + 1);
}

function* taskProgress(report: CompiledReport, number: number): Generator<string> {
  if (report.taskProgress.length === 0) return;
  yield headingParagraph(`${number}. ${SECTION_TITLES.taskProgress.vi}`);
  yield* taskProgressTable(report.taskProgress);
}

/**
 * Sections I–IV, the submissions table and the closing sentence, in the order NĐ 30 reports use,
 * as document.xml body content yielded block by block.
 */
export function* documentBody(report: CompiledReport, synthesis?: SynthesisText): Generator<string> {
  yield* report.kind === 'ad-hoc' ? adHocAnswers(report) : quarterlyResults(report);
  if (synthesis) yield* synthesisSections(synthesis);
  else yield* unitSections(report);
  yield* closingSections(report);
}

/** Sections II–IV as the units wrote them: the compiled draft before the standing member's synthesis. */
function* unitSections(report: CompiledReport): Generator<string> {
  yield headingParagraph(SECTION_TITLES.difficulties.vi);
  yield* unitTextsOrNote(report.difficulties, EMPTY);
  yield headingParagraph(SECTION_TITLES.proposals.vi);
  yield* unitTextsOrNote(report.proposals, EMPTY);
  // An ad-hoc request rarely asks about next quarter; its section IV appears only if someone wrote one.
  if (report.kind === 'quarterly' || report.nextQuarterTasks.length > 0) {
    yield headingParagraph(SECTION_TITLES.nextQuarter.vi);
    yield* unitTextsOrNote(report.nextQuarterTasks, EMPTY);
  }
}

function* closingSections(report: CompiledReport): Generator<string> {
  yield headingParagraph(capitalizeFirst(SECTION_TITLES.submissions.vi.toLocaleLowerCase('vi')));
  yield bodyParagraph([textRun(submissionSummary(report.summary))]);
  if (report.units.length > 0) yield* submissionTable(report.units);
  else yield noteParagraph(EMPTY);
  yield bodyParagraph([textRun(`Trên đây là báo cáo ${lowerFirstWord(trichYeu(report.subject))}./.`)], 160);
}

/** The trích yếu without a leading "Báo cáo …:" (older ad-hoc cycles stored one): the title already says BÁO CÁO. */
export function trichYeu(subject: string): string {
  const stripped = subject.replace(/^báo cáo(\s+đột xuất)?\s*[:：-]?\s*/iu, '');
  return stripped === '' ? subject : capitalizeFirst(stripped);
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** "Kết quả thực hiện…" -> "kết quả thực hiện…", but an acronym such as "CCHC" stays. */
function lowerFirstWord(text: string): string {
  const second = text.charAt(1);
  if (second !== '' && second !== second.toLocaleLowerCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
