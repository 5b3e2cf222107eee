import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import { formatDate, localDate } from '../../domain/calendar/index.ts';
import { VERDICTS, type Inspection } from '../../domain/inspections/inspection-model.ts';
import { teamRole } from '../../domain/inspections/inspection-rules.ts';
import { INSPECTION } from '../../i18n/inspection-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AppServices } from '../app-services.ts';
import { nameOf } from '../meetings/meeting-repo.ts';

type Fact = { label: string; value: string };

const unitName = (app: Pick<AppServices, 'roster'>, id: string) => app.roster.unit(id)?.name ?? id;

/** The facts every inspection card starts with: content, period, deadline, team, organiser. */
export function inspectionFacts(inspection: Inspection, locale: Locale, app: Pick<AppServices, 'roster'>): Fact[] {
  const s = INSPECTION[locale];
  return [
    { label: s.fields.content, value: inspection.content },
    { label: s.fields.period, value: `${formatDate(inspection.periodFrom)} – ${formatDate(inspection.periodTo)}` },
    { label: s.fields.deadline, value: formatDate(inspection.deadline) },
    { label: s.fields.leader, value: nameOf(app, inspection.leaderId) },
    ...(inspection.deputyLeaderId ? [{ label: s.fields.deputyLeader, value: nameOf(app, inspection.deputyLeaderId) }] : []),
    ...(inspection.memberIds.length ? [{ label: s.fields.members, value: inspection.memberIds.map((m) => nameOf(app, m)).join(', ') }] : []),
    { label: s.fields.organiser, value: inspection.organiserIds.map((m) => nameOf(app, m)).join(', ') },
    { label: s.fields.status, value: s.statuses[inspection.status] },
  ];
}

/** One line per inspected unit: whether its report came, and the team's finding so far. */
function unitLines(inspection: Inspection, locale: Locale, app: Pick<AppServices, 'roster'>): string[] {
  const s = INSPECTION[locale];
  return inspection.unitIds.map((id) => {
    const report = inspection.selfReports[id];
    const finding = inspection.findings[id];
    const reported = report ? s.selfReportReceived(formatDate(report.at), localDate(new Date(report.at)) > inspection.deadline) : s.selfReportMissing;
    return s.unitLine(unitName(app, id), reported, finding ? s.verdicts[finding.verdict] : s.noFinding);
  });
}

/** A team member's card: the units' progress, the findings form while the team works, the report form for the leader. */
export function teamCard(inspection: Inspection, memberId: string, locale: Locale, app: Pick<AppServices, 'roster'>, status = ''): AdaptiveCardJson {
  const s = INSPECTION[locale];
  const role = teamRole(inspection, memberId) ?? 'member';
  const open = inspection.status === 'open';
  return renderCard('inspection-team', {
    title: s.teamTitle,
    intro: s.teamIntro(s.roles[role]),
    facts: inspectionFacts(inspection, locale, app),
    unitsHeading: s.unitsHeading,
    unitLines: unitLines(inspection, locale, app),
    labels: { unit: s.findingUnit, chooseUnit: s.chooseUnit, verdict: s.verdict, chooseVerdict: s.chooseVerdict, findings: s.findings, proposal: s.proposal, proposalHint: s.proposalHint, record: s.record, summary: s.summary, summaryHint: s.summaryHint, submit: s.submit },
    units: inspection.unitIds.map((id) => ({ id, name: unitName(app, id) })),
    verdicts: VERDICTS.map((v) => ({ title: s.verdicts[v], value: v })),
    summary: inspection.report?.summary ?? '',
    open,
    leader: open && role === 'leader',
    status,
    inspectionId: inspection.id,
  });
}

/** The request to an inspected unit for its written report and evidence (Điều 8.3); `notice` is a reminder line. */
export function requestCard(inspection: Inspection, unitId: string, locale: Locale, app: Pick<AppServices, 'roster'>, options: { notice?: string; status?: string } = {}): AdaptiveCardJson {
  const s = INSPECTION[locale];
  const report = inspection.selfReports[unitId];
  return renderCard('inspection-request', {
    title: s.requestTitle,
    notice: options.notice ?? '',
    intro: s.requestIntro(inspection.content, formatDate(inspection.deadline)),
    facts: [{ label: s.findingUnit, value: unitName(app, unitId) }, ...inspectionFacts(inspection, locale, app)],
    labels: { selfReport: s.selfReportLabel, selfReportHint: s.selfReportHint, evidence: s.evidenceLabel, evidenceHint: s.evidenceHint, send: s.sendSelfReport, required: s.required },
    selfReport: report?.text ?? '',
    evidence: report?.evidence.join('\n') ?? '',
    open: inspection.status === 'open',
    status: options.status ?? '',
    inspectionId: inspection.id,
    unitId,
  });
}

/** Longest text of one unit's part shown on the report card: twelve units must fit in one Teams message; the .docx has it all. */
const CARD_TEXT_LIMIT = 300;

const clip = (text: string, limit = CARD_TEXT_LIMIT) => (text.length > limit ? `${text.slice(0, limit)}…` : text);

/** Each unit's part of the team's report: self-report, evidence, verdict, findings, proposal (long texts clipped). */
export function unitSections(inspection: Inspection, locale: Locale, app: Pick<AppServices, 'roster'>): Array<{ heading: string; lines: string[] }> {
  const s = INSPECTION[locale];
  return inspection.unitIds.map((id) => {
    const report = inspection.selfReports[id];
    const finding = inspection.findings[id];
    const lines = [
      `${s.selfReportHeading}: ${report ? clip(report.text) : s.selfReportMissing}`,
      ...(report?.evidence.length ? [`${s.evidenceHeading}: ${clip(report.evidence.join(' '))}`] : []),
      `${s.verdict}: ${finding ? s.verdicts[finding.verdict] : s.noFinding}`,
      ...(finding?.findings ? [`${s.findings}: ${clip(finding.findings)}`] : []),
      ...(finding?.proposal ? [`${s.proposal}: ${clip(finding.proposal)}`] : []),
    ];
    return { heading: unitName(app, id), lines };
  });
}

/** The team's report for the standing member (forward) or the chief (conclude, with each unit's measure prefilled from the proposal). */
export function reviewCard(inspection: Inspection, locale: Locale, app: Pick<AppServices, 'roster'>, options: { forwardable?: boolean; concludable?: boolean; onBehalfOfChief?: boolean; status?: string } = {}): AdaptiveCardJson {
  const s = INSPECTION[locale];
  return renderCard('inspection-review', {
    title: s.reviewTitle,
    intro: s.reviewIntro(nameOf(app, inspection.leaderId)),
    facts: [...inspectionFacts(inspection, locale, app), ...(inspection.forwarded?.note ? [{ label: s.forwardedNote, value: inspection.forwarded.note }] : [])],
    units: unitSections(inspection, locale, app),
    summaryHeading: s.summaryHeading,
    summary: clip(inspection.report?.summary ?? '', 10 * CARD_TEXT_LIMIT),
    onBehalfNote: options.onBehalfOfChief ? s.onBehalfNote : '',
    labels: { forwardNote: s.forwardNote, forward: s.forward, conclusion: s.conclusionLabel, conclusionHint: s.conclusionHint, conclude: s.conclude, required: s.required },
    forwardable: Boolean(options.forwardable),
    concludable: Boolean(options.concludable),
    measures: inspection.unitIds.map((id) => ({ unitId: id, label: s.measureLabel(unitName(app, id)), value: inspection.findings[id]?.proposal ?? '', deadlineLabel: s.measureDeadline(unitName(app, id)), deadline: '' })),
    status: options.status ?? '',
    inspectionId: inspection.id,
  });
}
