import type { Paragraph, Table } from 'docx';
import type { CompiledReport } from '../domain/report/compiled-report.ts';
import { bodyParagraph, headingParagraph, noteParagraph, textRun, unitTextsOrNote } from './docx-paragraphs.ts';
import { EMPTY_SECTION_TEXT, SECTION_TITLES } from './report-labels.ts';
import { submissionSummary, submissionTable } from './submission-table.ts';
import { taskProgressTable } from './task-progress-table.ts';

type Block = Paragraph | Table;

const EMPTY = EMPTY_SECTION_TEXT.vi;

/** Section I of a quarterly report: one numbered subsection per PAR area, then Phụ lục 2A. */
function quarterlyResults(report: CompiledReport): Block[] {
  const blocks: Block[] = [headingParagraph(SECTION_TITLES.results.vi)];
  report.areas.forEach((area, i) => {
    blocks.push(headingParagraph(`${i + 1}. ${area.title}`), ...unitTextsOrNote(area.entries, EMPTY));
  });
  blocks.push(...taskProgress(report, report.areas.length + 1));
  return blocks;
}

/** Section I of an ad-hoc report: each question, numbered, with the units' answers. */
function adHocAnswers(report: CompiledReport): Block[] {
  const blocks: Block[] = [headingParagraph(SECTION_TITLES.adHocAnswers.vi)];
  report.questions.forEach((q, i) => {
    blocks.push(headingParagraph(`${i + 1}. ${q.question}`), ...unitTextsOrNote(q.answers, EMPTY));
  });
  blocks.push(...taskProgress(report, report.questions.length + 1));
  return blocks;
}

function taskProgress(report: CompiledReport, number: number): Block[] {
  if (report.taskProgress.length === 0) return [];
  return [headingParagraph(`${number}. ${SECTION_TITLES.taskProgress.vi}`), taskProgressTable(report.taskProgress)];
}

/** Sections I–IV, the submissions table and the closing sentence, in the order NĐ 30 reports use. */
export function documentBody(report: CompiledReport): Block[] {
  const blocks: Block[] = report.kind === 'ad-hoc' ? adHocAnswers(report) : quarterlyResults(report);
  blocks.push(headingParagraph(SECTION_TITLES.difficulties.vi), ...unitTextsOrNote(report.difficulties, EMPTY));
  blocks.push(headingParagraph(SECTION_TITLES.proposals.vi), ...unitTextsOrNote(report.proposals, EMPTY));
  // An ad-hoc request rarely asks about next quarter; its section IV appears only if someone wrote one.
  if (report.kind === 'quarterly' || report.nextQuarterTasks.length > 0) {
    blocks.push(headingParagraph(SECTION_TITLES.nextQuarter.vi), ...unitTextsOrNote(report.nextQuarterTasks, EMPTY));
  }
  blocks.push(headingParagraph(capitalizeFirst(SECTION_TITLES.submissions.vi.toLocaleLowerCase('vi'))));
  blocks.push(bodyParagraph([textRun(submissionSummary(report.summary))]));
  blocks.push(report.units.length > 0 ? submissionTable(report.units) : noteParagraph(EMPTY));
  blocks.push(bodyParagraph([textRun(`Trên đây là báo cáo ${lowerFirstWord(report.subject)}./.`)], 160));
  return blocks;
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
