import { randomBytes } from 'node:crypto';
import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import { formatDate, localDate } from '../../domain/calendar/index.ts';
import { parseDate } from '../../domain/cycles/quarter.ts';
import type { Inspection, InspectionDraft } from '../../domain/inspections/inspection-model.ts';
import { teamOf } from '../../domain/inspections/inspection-rules.ts';
import { validateInspection } from '../../domain/inspections/validate-inspection.ts';
import { committeeMemberIds } from '../../domain/meetings/index.ts';
import { can } from '../../domain/committee/permissions.ts';
import { INSPECTION } from '../../i18n/inspection-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import { permissionContext } from '../absences.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember, requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { ActionTurn, CommandTurn } from '../turn.ts';
import type { InspectionFormData } from './card-payloads.ts';
import { deliverInspection } from './deliver-inspection.ts';
import { teamCard } from './inspection-cards.ts';
import { listInspections } from './inspection-repo.ts';

const TOKEN = /^[a-f0-9]{12}$/;

const list = (text: string) => [...new Set(text.split(',').map((v) => v.trim()).filter(Boolean))];

function formCard(app: AppServices, locale: Locale, token: string, values: Partial<InspectionFormData> = {}, errors: string[] = []): AdaptiveCardJson {
  const s = INSPECTION[locale];
  return renderCard('inspection-form', {
    title: s.formTitle,
    errorsIntro: s.problemsIntro,
    errors,
    labels: { ...s.fields, required: s.required },
    noDeputy: s.noDeputy,
    values: { content: '', units: '', periodFrom: '', periodTo: '', deadline: '', leader: '', deputyLeader: '', members: '', ...values },
    units: app.roster.committee.units.map((u) => ({ id: u.id, name: u.name })),
    members: committeeMemberIds(app.roster).map((id) => ({ id, name: app.roster.member(id)?.name ?? id })),
    createLabel: s.create,
    token,
  });
}

/**
 * `kiểm tra` / `inspection`: for the chief, deputy chief and standing member the form that sets up an
 * inspection team (Điều 8), with the inspections so far; for any other member the cards of the teams they are on.
 */
export async function inspectionCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = requireMember(turn.caller);
  const locale = turn.caller.locale;
  const s = INSPECTION[locale];
  const all = await listInspections(app);
  if (can(member, 'inspection.create', await permissionContext(app))) {
    const lines = all.slice(-10).map((i) => s.listLine(i.content, s.statuses[i.status], formatDate(i.deadline)));
    return [{ type: 'text', text: [s.listTitle, ...(lines.length ? lines : [s.noInspections])].join('\n') }, { type: 'card', card: formCard(app, locale, randomBytes(6).toString('hex')) }];
  }
  const mine = all.filter((i) => i.status !== 'closed' && teamOf(i).includes(member.id));
  if (mine.length === 0) return [{ type: 'text', text: s.noInspections }];
  return mine.slice(-5).map((i) => ({ type: 'card', card: teamCard(i, member.id, locale, app) }));
}

/** The draft a submitted form describes; dates that do not parse become '' and are refused by the rules. */
function readDraft(data: InspectionFormData): InspectionDraft {
  const leaderId = data.leader;
  const deputyLeaderId = data.deputyLeader || undefined;
  return {
    content: data.content,
    unitIds: list(data.units),
    periodFrom: parseDate(data.periodFrom) ?? '',
    periodTo: parseDate(data.periodTo) ?? '',
    deadline: parseDate(data.deadline) ?? '',
    leaderId,
    ...(deputyLeaderId ? { deputyLeaderId } : {}),
    memberIds: list(data.members).filter((m) => m !== leaderId && m !== deputyLeaderId),
  };
}

/**
 * `inspection.create`: validates the form (Điều 8) and stores the inspection, then tells each team
 * member by card and asks each unit for its report. A refusal returns the form with what is wrong
 * and stores nothing; the form's token makes a second click return the same inspection.
 */
export async function createInspectionAction(turn: ActionTurn<InspectionFormData>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'inspection.create', app);
  const locale = turn.caller.locale;
  const s = INSPECTION[locale];
  const now = app.clock();
  const today = localDate(now);
  const token = TOKEN.test(turn.data.token) ? turn.data.token : '';
  const draft = readDraft(turn.data);
  const committee = new Set(committeeMemberIds(app.roster));
  const problems = validateInspection(draft, { isCommitteeMember: (id) => committee.has(id), isUnit: (id) => app.roster.unit(id) !== undefined }, today);
  if (!token || problems.length > 0) {
    const errors = problems.map((p) => s.problem(p, formatDate(today)));
    return { card: formCard(app, locale, token || randomBytes(6).toString('hex'), turn.data, token ? errors : [s.notFound, ...errors]) };
  }
  const inspection: Inspection = {
    ...draft,
    id: `insp-${token}`,
    organiserIds: app.roster.withRole('standing').map((m) => m.id),
    createdBy: member.id,
    createdAt: now.toISOString(),
    status: 'open',
    selfReports: {},
    findings: {},
    delivered: [],
  };
  let fresh = false;
  const saved = await app.repos.inspections.update(inspection.id, (current) => {
    if (current) return undefined;
    fresh = true;
    return inspection;
  }) ?? (await app.repos.inspections.get(inspection.id)) ?? inspection;
  if (fresh) app.tasks.run(`inspection-cards:${saved.id}`, () => deliverInspection(app, saved.id));
  return { message: s.created(teamOf(saved).length, saved.unitIds.length, formatDate(saved.deadline)) };
}
