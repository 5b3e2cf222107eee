import { SYNTHESIS_SECTIONS, type SynthesisSection, type SynthesisText } from './synthesis.ts';

/** Longest text of one section: five of them, in UTF-8, stay under the Teams card limit; a longer text belongs in the .docx. */
export const MAX_SECTION_CHARS = 6_000;

/** Sections the report cannot go without (đánh giá chung and phương hướng). */
const REQUIRED: readonly SynthesisSection[] = ['strengths', 'limitations', 'nextQuarter'];

export interface SectionProblem {
  field: SynthesisSection;
  kind: 'required' | 'too-long';
}

/** The typed sections, each trimmed; missing ones are ''. */
export function readSections(inputs: Record<string, unknown>): SynthesisText {
  const pick = (k: SynthesisSection) => (typeof inputs[k] === 'string' ? (inputs[k] as string).trim() : '');
  return Object.fromEntries(SYNTHESIS_SECTIONS.map((k) => [k, pick(k)])) as SynthesisText;
}

/** What is wrong with the text before it may be saved as a version or submitted. */
export function sectionProblems(text: SynthesisText, forSignature: boolean): SectionProblem[] {
  const problems: SectionProblem[] = [];
  for (const k of SYNTHESIS_SECTIONS) {
    if (text[k].length > MAX_SECTION_CHARS) problems.push({ field: k, kind: 'too-long' });
    else if (forSignature && REQUIRED.includes(k) && text[k] === '') problems.push({ field: k, kind: 'required' });
  }
  return problems;
}
