import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import { formatDate, formatInstant } from '../../domain/calendar/index.ts';
import type { Roster } from '../../domain/committee/committee.ts';
import type { CriteriaSet } from '../../domain/par-criteria/criteria-schema.ts';
import { MAX_SECTION_CHARS } from '../../domain/synthesis/section-limits.ts';
import { latestSynthesisVersion, signedVersion, type Synthesis, type SynthesisText } from '../../domain/synthesis/synthesis.ts';
import type { AssessmentTotals } from '../../domain/self-assessment/totals.ts';
import type { Locale } from '../../i18n/locale.ts';
import { SELF_ASSESSMENT as S } from '../../i18n/self-assessment-strings.ts';
import { SYNTHESIS } from '../../i18n/synthesis-strings.ts';

/** The parts of the report the standing member writes (the synthesis sections that fit a self-assessment). */
export const REPORT_SECTIONS = ['strengths', 'limitations', 'recommendations'] as const;

const pct = (n: number, locale: Locale) => n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 });

export interface ReportView {
  /** The approver's card: number, comments, Duyệt / Trả lại. */
  forApprover?: boolean;
  onBehalfOfChief?: boolean;
  text?: SynthesisText;
  errors?: string[];
  status?: string;
  files?: string;
  number?: string;
  comments?: string;
}

/** The compiled report: totals, areas, state; the standing member's inputs while a draft, or the approver's decision. */
export function reportCard(set: CriteriaSet, year: number, totals: AssessmentTotals, lastYear: AssessmentTotals | undefined, synthesis: Synthesis, roster: Roster, locale: Locale, view: ReportView = {}): AdaptiveCardJson {
  const s = S[locale];
  const r = s.report;
  const p = s.points;
  const version = view.forApprover ? signedVersion(synthesis) : latestSynthesisVersion(synthesis);
  const text = view.text ?? version.text;
  const editable = !view.forApprover && (synthesis.state === 'draft' || synthesis.state === 'returned');
  const decidable = Boolean(view.forApprover) && synthesis.state === 'submitted';
  const facts = [
    { label: r.facts.total, value: `${p(totals.points)}/${p(totals.maxPoints)}` },
    { label: r.facts.percent, value: `${pct(totals.percent, locale)}%` },
    ...(lastYear ? [{ label: r.facts.lastYear, value: `${p(lastYear.points)}/${p(lastYear.maxPoints)}` }] : []),
    { label: r.facts.scored, value: `${totals.itemsScored}/${totals.itemsTotal}` },
    { label: r.facts.state, value: r.states[synthesis.state] },
    ...(synthesis.approval ? [{ label: r.facts.number, value: `${synthesis.approval.number} (${formatDate(synthesis.approval.issuedOn)})` }] : []),
  ];
  const labels = SYNTHESIS[locale].sections;
  const by = synthesis.requests.at(-1)?.by;
  const returns = !view.forApprover && synthesis.state === 'returned' ? synthesis.returns.slice(-1).map((x) => r.returnedNotice(roster.member(x.by)?.name ?? x.by, year, x.comments) + ` (${formatInstant(x.at)})`) : [];
  return renderCard('self-assessment-report', {
    title: r.title(year),
    illustrative: set.illustrative ? s.illustrative : '',
    notice: view.forApprover && by ? r.notice(roster.member(by)?.name ?? by, year) : '',
    onBehalfNote: view.forApprover && view.onBehalfOfChief ? SYNTHESIS[locale].onBehalfNote : '',
    facts,
    areas: totals.areas.map((a) => `${a.areaId}. ${a.title}: ${p(a.points)}/${p(a.maxPoints)}`),
    returns,
    errors: view.errors ?? [],
    sections: editable ? [] : REPORT_SECTIONS.filter((k) => text[k] !== '').map((k) => ({ label: labels[k], text: text[k] })),
    fields: editable || (view.text && !view.forApprover) ? REPORT_SECTIONS.map((k) => ({ id: k, label: labels[k], value: text[k], maxLength: MAX_SECTION_CHARS })) : [],
    decidable,
    numberLabel: r.numberLabel,
    number: view.number ?? '',
    commentsLabel: r.commentsLabel,
    comments: view.comments ?? '',
    files: view.files ?? '',
    status: view.status ?? '',
    editable,
    submitLabel: r.submit,
    approveLabel: r.approve,
    returnLabel: r.giveBack,
    year: String(year),
  });
}
