import { renderCard } from '../../cards/render-card.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import type { CompiledReport } from '../../domain/report/compiled-report.ts';
import { formatDate, formatInstant } from '../../domain/calendar/index.ts';
import { MAX_SECTION_CHARS } from '../../domain/synthesis/section-limits.ts';
import { SYNTHESIS_SECTIONS, latestSynthesisVersion, signedVersion, type Synthesis, type SynthesisText } from '../../domain/synthesis/synthesis.ts';
import type { Roster } from '../../domain/committee/committee.ts';
import type { Locale } from '../../i18n/locale.ts';
import { SYNTHESIS as S } from '../../i18n/synthesis-strings.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import { figureText } from '../../report/key-figure-labels.ts';

/** Characters of each section shown on the approval card; the whole text is in the attached document. */
const EXCERPT_CHARS = 700;
/** Versions listed on the draft card, newest first. */
const HISTORY_SHOWN = 5;

const nameOf = (roster: Roster, id: string) => roster.member(id)?.name ?? id;

function unitsFact(report: CompiledReport, locale: Locale) {
  return { label: S[locale].facts.submitted, value: S[locale].unitsSubmitted(report.summary.submittedCount, report.summary.targetCount) };
}

/** The key figures the units reported, summed (the same table is in the document), as card facts. */
function figureFacts(report: CompiledReport, locale: Locale) {
  const s = CYCLE[locale].form.indicators;
  return (report.keyFigures ?? []).map((f) => ({
    label: s.label(locale === 'vi' ? f.label : f.labelEn, locale === 'vi' ? f.unit : f.unitEn),
    value: `${figureText(f.total, locale)} (${f.unitsReported}/${f.unitsAsked})`,
  }));
}

/** The standing member's draft: one input per section, the chief's comments, version history, save and trình ký. */
export function draftCard(cycle: Cycle, report: CompiledReport, synthesis: Synthesis, roster: Roster, locale: Locale, options: { text?: SynthesisText; errors?: string[]; status?: string } = {}) {
  const s = S[locale];
  const latest = latestSynthesisVersion(synthesis);
  const text = options.text ?? latest.text;
  const editable = synthesis.state === 'draft' || synthesis.state === 'returned';
  const returns = synthesis.state === 'returned' ? synthesis.returns.slice(-1).map((r) => s.returnedWith(nameOf(roster, r.by), formatInstant(r.at), r.comments)) : [];
  return renderCard('synthesis-draft', {
    title: s.draftTitle(cycle.label),
    facts: [
      { label: s.facts.state, value: s.states[synthesis.state] },
      { label: s.facts.version, value: String(latest.version) },
      unitsFact(report, locale),
    ],
    returns,
    figuresTitle: CYCLE[locale].form.indicators.title,
    figures: figureFacts(report, locale),
    errorsIntro: s.problems.intro,
    errors: options.errors ?? [],
    // A refused save shows the typed text even when the draft is locked, so nothing typed is lost.
    fields: editable || options.text ? SYNTHESIS_SECTIONS.map((k) => ({ id: k, label: s.sections[k], value: text[k], maxLength: MAX_SECTION_CHARS })) : [],
    docxNote: latest.source === 'docx' ? s.docxReceived(latest.fileName ?? '', latest.version) : '',
    historyTitle: s.facts.version,
    history: [...synthesis.versions].reverse().slice(0, HISTORY_SHOWN).map((v) => s.versionLine(v.version, formatInstant(v.at), nameOf(roster, v.by), v.source)),
    status: options.status ?? '',
    editable,
    saveLabel: s.save,
    submitLabel: s.submit,
    downloadLabel: s.downloadDocx,
    docxHint: s.docxHint,
    cycleId: cycle.id,
  });
}

function excerpt(text: string): string {
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}

/** The approval card for the chief (or the deputy chief while delegated): summary, Duyệt, Trả lại kèm ý kiến. */
export function approvalCard(cycle: Cycle, report: CompiledReport, synthesis: Synthesis, roster: Roster, locale: Locale, options: { onBehalfOfChief?: boolean; errors?: string[]; status?: string; number?: string; comments?: string } = {}) {
  const s = S[locale];
  const version = signedVersion(synthesis);
  const request = synthesis.requests.at(-1);
  const by = request ? nameOf(roster, request.by) : '';
  const facts = [{ label: s.facts.by, value: by }, { label: s.facts.version, value: String(version.version) }, unitsFact(report, locale), { label: s.facts.state, value: s.states[synthesis.state] }];
  if (synthesis.approval) facts.push({ label: s.facts.number, value: synthesis.approval.number }, { label: s.facts.issuedOn, value: formatDate(synthesis.approval.issuedOn) });
  return renderCard('synthesis-approval', {
    title: s.approvalTitle(cycle.label),
    notice: s.notice(by, cycle.label),
    onBehalfNote: options.onBehalfOfChief ? s.onBehalfNote : '',
    facts,
    sections: SYNTHESIS_SECTIONS.filter((k) => version.text[k] !== '').map((k) => ({ label: s.sections[k], text: excerpt(version.text[k]) })),
    errors: options.errors ?? [],
    decidable: synthesis.state === 'submitted',
    numberLabel: s.numberLabel,
    numberHint: s.numberHint,
    number: options.number ?? '',
    commentsLabel: s.comments,
    commentsHint: s.commentsHint,
    comments: options.comments ?? '',
    status: options.status ?? '',
    approveLabel: s.approve,
    returnLabel: s.giveBack,
    cycleId: cycle.id,
  });
}

/** What every member is told once the report left for the City: number, date, where, and a copy by mail. */
export function sentCard(cycle: Cycle, synthesis: Synthesis, sentTo: string, locale: Locale, status = '') {
  const s = S[locale];
  const approval = synthesis.approval!;
  return renderCard('synthesis-sent', {
    title: s.sentTitle(cycle.label),
    notice: s.sentNotice(cycle.label, approval.number, sentTo),
    facts: [
      { label: s.facts.number, value: approval.number },
      { label: s.facts.issuedOn, value: formatDate(approval.issuedOn) },
      { label: s.facts.sentTo, value: sentTo },
    ],
    status,
    copyLabel: s.openCopy,
    cycleId: cycle.id,
  });
}
