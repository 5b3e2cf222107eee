import type { SynthesisText } from '../domain/synthesis/synthesis.ts';
import { textLines } from './clean-text.ts';
import { bodyParagraph, headingParagraph, noteParagraph, textRun } from './docx-paragraphs.ts';
import { EMPTY_SYNTHESIS_TEXT, SYNTHESIS_TITLES } from './report-labels.ts';

function* paragraphs(text: string): Generator<string> {
  const lines = textLines(text).filter((l) => l.trim() !== '');
  if (lines.length === 0) yield noteParagraph(EMPTY_SYNTHESIS_TEXT);
  for (const line of lines) yield bodyParagraph([textRun(line)]);
}

/** Sections II–IV written by the standing member: đánh giá chung, phương hướng, đề xuất – kiến nghị (XML). */
export function* synthesisSections(s: SynthesisText): Generator<string> {
  yield headingParagraph(SYNTHESIS_TITLES.assessment);
  yield headingParagraph(`1. ${SYNTHESIS_TITLES.strengths}`);
  yield* paragraphs(s.strengths);
  yield headingParagraph(`2. ${SYNTHESIS_TITLES.limitations}`);
  yield* paragraphs(s.limitations);
  yield headingParagraph(SYNTHESIS_TITLES.nextQuarter);
  yield* paragraphs(s.nextQuarter);
  yield headingParagraph(SYNTHESIS_TITLES.proposals);
  yield headingParagraph(`1. ${SYNTHESIS_TITLES.proposalsPart}`);
  yield* paragraphs(s.proposals);
  yield headingParagraph(`2. ${SYNTHESIS_TITLES.recommendationsPart}`);
  yield* paragraphs(s.recommendations);
}
