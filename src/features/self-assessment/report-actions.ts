import { localDate } from '../../domain/calendar/index.ts';
import { parseTypedNumber } from '../../domain/synthesis/document-number.ts';
import { readSections, sectionProblems, MAX_SECTION_CHARS } from '../../domain/synthesis/section-limits.ts';
import { approve, newSynthesis, returnForEdit, saveVersion, submitForSignature, type Synthesis, type SynthesisText, type Transition } from '../../domain/synthesis/synthesis.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { SELF_ASSESSMENT as S } from '../../i18n/self-assessment-strings.ts';
import { SYNTHESIS } from '../../i18n/synthesis-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import { localeOf } from '../member-locale.ts';
import { decisionMaker } from '../members/decision-maker.ts';
import { SynthesisRepo } from '../synthesis/synthesis-repo.ts';
import type { ActionTurn } from '../turn.ts';
import { criteriaSet } from './criteria-sets.ts';
import { reportCard, type ReportView } from './report-card.ts';
import { officeTable, reportFiles } from './report-files.ts';
import { reportId, SelfAssessmentRepo } from './self-assessment-repo.ts';
import { sendReport } from './send-report.ts';

type YearData = { year: number } & Record<string, unknown>;
type DecisionData = { year: number; number: string; comments: string } & Record<string, unknown>;

const EMPTY: SynthesisText = { strengths: '', limitations: '', nextQuarter: '', proposals: '', recommendations: '' };

/** The year's self-assessment, criteria set and (once compiled) report named by a card. */
async function target(app: AppServices, year: number, locale: Locale) {
  const s = S[locale];
  const sa = year ? await new SelfAssessmentRepo(app.store).get(year) : undefined;
  const set = sa ? criteriaSet(app, sa.year) : undefined;
  if (!sa || !set) throw new ValidationError('year', s.notOpen(year || Number(localDate(app.clock()).slice(0, 4))));
  return { sa, set, repo: new SynthesisRepo(app.store), id: reportId(sa.year) };
}

/** The report card of a year for `locale`, with the table as it stands. */
export async function renderReport(app: AppServices, year: number, synthesis: Synthesis, locale: Locale, view: ReportView = {}) {
  const { sa, set } = await target(app, year, locale);
  const { totals, lastYear } = await officeTable(app, sa, set);
  return reportCard(set, sa.year, totals, lastYear, synthesis, app.roster, locale, view);
}

/** Where the files of a draft are: on the shelf in local mode, mailed to the member with Graph. */
async function handOver(app: AppServices, year: number, synthesis: Synthesis, memberId: string, locale: Locale): Promise<string> {
  const { sa, set } = await target(app, year, locale);
  const files = await reportFiles(app, sa, set, synthesis);
  if (app.mailer.kind === 'outbox') return S[locale].report.files((await Promise.all(files.map((f) => app.shelf.put(f.name, f.content)))).join(', '));
  const email = app.roster.member(memberId)?.email;
  if (!email) return '';
  const version = synthesis.versions.at(-1)!.version;
  await app.mailer.send({ key: `self-assessment-draft-${year}-v${version}-${memberId}`, to: [email], cc: [], subject: S.vi.report.title(year), html: `<p>${S.vi.report.title(year)}</p>`, attachments: files });
  return S[locale].report.files(files.map((f) => f.name).join(', '));
}

/**
 * `Tổng hợp bảng tự chấm điểm`: closes scoring, compiles the Office's table and opens the report
 * (version 1 the first time; again it shows the report as it is). The files go to the compiler.
 */
export async function compileAction(turn: ActionTurn<YearData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'selfAssessment.compile', app);
  const locale = turn.caller.locale;
  const { sa, repo, id } = await target(app, turn.data.year, locale);
  const now = app.clock().toISOString();
  if (!sa.compiledAt) {
    await new SelfAssessmentRepo(app.store).update(sa.year, (c) => (c && !c.compiledAt ? { ...c, compiledAt: now } : undefined));
    app.logger.info({ year: sa.year }, 'self-assessment compiled');
  }
  const synthesis = (await repo.update(id, (c) => c ?? newSynthesis(id, EMPTY, member.id, now)))!;
  const files = await handOver(app, sa.year, synthesis, member.id, locale);
  return { card: await renderReport(app, sa.year, synthesis, locale, { files }) };
}

/** `Trình ký`: saves the typed parts as a version if they changed, then sends the approval card to the decision maker. */
export async function submitReportAction(turn: ActionTurn<YearData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'selfAssessment.compile', app);
  const locale = turn.caller.locale;
  const s = S[locale];
  const { sa, repo, id } = await target(app, turn.data.year, locale);
  const current = await repo.get(id);
  if (!current) throw new ValidationError('year', s.report.notCompiled);
  const text = { ...readSections(turn.data), nextQuarter: '', proposals: '' };
  const errors = sectionProblems(text, false).map((p) => SYNTHESIS[locale].problems.tooLong(SYNTHESIS[locale].sections[p.field], MAX_SECTION_CHARS));
  if (errors.length > 0) return { card: await renderReport(app, sa.year, current, locale, { text, errors }) };
  const decider = await decisionMaker(app);
  if (decider.memberIds.length === 0) throw new ValidationError('chief', s.report.noDecisionMaker);
  let refusal: string | undefined;
  const now = app.clock().toISOString();
  const stored = await repo.update(id, (c) => {
    const saved = saveVersion(c ?? current, text, member.id, now);
    const submitted = saved.ok ? submitForSignature(saved.synthesis, member.id, now, decider.memberIds) : saved;
    if (!submitted.ok) refusal = s.report.refusals[submitted.reason];
    return submitted.ok ? submitted.synthesis : undefined;
  });
  if (refusal || !stored) return { card: await renderReport(app, sa.year, (await repo.get(id)) ?? current, locale, { text, errors: [refusal ?? s.report.refusals['awaiting-approval']] }) };
  for (const to of decider.memberIds) {
    const card = await renderReport(app, sa.year, stored, await localeOf(app, to), { forApprover: true, onBehalfOfChief: decider.onBehalfOfChief });
    const sent = await app.messenger.send(to, { type: 'card', card });
    if (!sent.ok) app.logger.warn({ year: sa.year, memberId: to, reason: sent.reason }, 'self-assessment approval card not delivered');
  }
  app.logger.info({ year: sa.year, version: stored.requests.at(-1)?.version }, 'self-assessment report submitted for signature');
  const names = decider.memberIds.map((m) => app.roster.member(m)?.name ?? m).join(', ');
  return { card: await renderReport(app, sa.year, stored, locale, { status: s.report.submitted(names) }) };
}

/** Only the decision maker (the chief, or the deputy chief while delegated) decides. */
async function decisionTarget(turn: ActionTurn<DecisionData>, app: AppServices) {
  const member = await requirePermission(turn.caller, 'selfAssessment.approve', app);
  const s = S[turn.caller.locale];
  const decider = await decisionMaker(app);
  if (!decider.memberIds.includes(member.id) && !member.roles.includes('chief')) throw new ValidationError('approver', s.report.notDecisionMaker);
  const found = await target(app, turn.data.year, turn.caller.locale);
  const synthesis = await found.repo.get(found.id);
  if (!synthesis) throw new ValidationError('year', s.report.notCompiled);
  return { member, ...found, synthesis, onBehalfOfChief: !member.roles.includes('chief') };
}

/** `Trả lại kèm ý kiến`: back to whoever submitted it with the comments (required); what was typed is kept on a refusal. */
export async function returnReportAction(turn: ActionTurn<DecisionData>, app: AppServices): Promise<ActionResult> {
  const locale = turn.caller.locale;
  const s = S[locale];
  const { member, sa, repo, id, synthesis, onBehalfOfChief } = await decisionTarget(turn, app);
  let outcome: Transition | undefined;
  const stored = await repo.update(id, (c) => {
    outcome = returnForEdit(c ?? synthesis, member.id, app.clock().toISOString(), turn.data.comments);
    return outcome.ok ? outcome.synthesis : undefined;
  });
  const view = { forApprover: true, onBehalfOfChief };
  if (!outcome?.ok || !stored) {
    const reason = outcome?.ok === false ? outcome.reason : 'not-submitted';
    return { card: await renderReport(app, sa.year, (await repo.get(id)) ?? synthesis, locale, { ...view, errors: [s.report.refusals[reason]], number: turn.data.number, comments: turn.data.comments }) };
  }
  const submitter = stored.requests.at(-1)!.by;
  const theirs = await localeOf(app, submitter);
  const sent = await app.messenger.send(submitter, { type: 'card', card: await renderReport(app, sa.year, stored, theirs) });
  if (!sent.ok) app.logger.warn({ year: sa.year, memberId: submitter, reason: sent.reason }, 'returned self-assessment report not delivered');
  return { card: await renderReport(app, sa.year, stored, locale, { ...view, status: s.report.returned(app.roster.member(submitter)?.name ?? submitter) }) };
}

/**
 * `Duyệt`: numbers (the typed register number, or the year's next from the register the quarterly
 * report uses) and dates the report, then mails it once. A second click or a restart sends nothing new.
 */
export async function approveReportAction(turn: ActionTurn<DecisionData>, app: AppServices): Promise<ActionResult> {
  const locale = turn.caller.locale;
  const s = S[locale];
  const { member, sa, repo, id, synthesis, onBehalfOfChief } = await decisionTarget(turn, app);
  const view = { forApprover: true, onBehalfOfChief };
  const typed = turn.data.number.trim();
  const number = typed ? parseTypedNumber(typed) : undefined;
  if (typed && !number) return { card: await renderReport(app, sa.year, synthesis, locale, { ...view, errors: [s.report.badNumber(typed)], number: typed, comments: turn.data.comments }) };
  const now = app.clock();
  const issuedOn = localDate(now);
  let outcome: Transition | undefined;
  const decide = (c: Synthesis | undefined, n: string) => {
    outcome = approve(c ?? synthesis, { at: now.toISOString(), by: member.id, number: n, issuedOn, numberSource: number ? 'typed' : 'counter', onBehalfOfChief });
    return outcome.ok && outcome.changed ? outcome.synthesis : undefined;
  };
  const stored = number ? await repo.update(id, (c) => decide(c, number)) : await repo.approveWithCounter(id, Number(issuedOn.slice(0, 4)), app.config.reportNumberStart, decide);
  if (outcome?.ok === false) return { card: await renderReport(app, sa.year, (await repo.get(id)) ?? synthesis, locale, { ...view, errors: [s.report.refusals[outcome.reason]] }) };
  const approved = stored ?? (await repo.get(id))!;
  if (stored) app.logger.info({ year: sa.year, number: approved.approval?.number }, 'self-assessment report approved');
  const delivery = await sendReport(app, sa.year, locale);
  const status = [s.report.approved(approved.approval!.number), delivery].filter(Boolean).join(' ');
  return { card: await renderReport(app, sa.year, (await repo.get(id)) ?? approved, locale, { ...view, status }) };
}
