import type { CommitteeRole, Member, Roster } from './committee.ts';

/** Everything a person can ask the bot to do; each command and card action maps to one. */
export const ACTIONS = [
  'help',
  'whoami',
  'language.set',
  'cycle.open',
  'cycle.adhoc',
  'status.all',
  'status.own',
  'remind',
  'compile',
  'report.send',
  'report.history',
  'report.stats',
  'report.submit',
  'unit.markAbsent',
  'meeting.schedule',
  'meeting.respond',
  'meeting.approveAbsence',
  'meeting.conclude',
  'tasks.viewAll',
  'tasks.viewOwn',
  'task.update',
  'delegation.manage',
  'plan.import',
  'plan.viewAll',
  'plan.viewOwn',
  'plan.edit',
  'poll.create',
  'poll.answer',
  'poll.decide',
  'documents.view',
  'synthesis.edit',
  'synthesis.approve',
  'synthesis.view',
  'selfAssessment.open',
  'selfAssessment.score',
  'selfAssessment.review',
  'selfAssessment.viewAll',
  'selfAssessment.viewOwn',
  'selfAssessment.compile',
  'selfAssessment.approve',
  'initiative.register',
  'initiative.review',
  'initiative.viewAll',
  'inspection.create',
  'inspection.record',
  'inspection.selfReport',
  'inspection.forward',
  'inspection.conclude',
  'channel.link',
  'channel.view',
] as const;

export type Action = (typeof ACTIONS)[number];

/** Who holds which committee role may do what (Điều 4–6, 9 of the regulation). */
const ROLE_ACTIONS: Record<CommitteeRole, readonly Action[]> = {
  chief: ['documents.view', 'delegation.manage', 'poll.create', 'poll.answer', 'poll.decide', 'cycle.open', 'cycle.adhoc', 'status.all', 'remind', 'report.history', 'report.stats', 'unit.markAbsent', 'meeting.schedule', 'meeting.approveAbsence', 'meeting.conclude', 'tasks.viewAll', 'meeting.respond', 'plan.viewAll', 'plan.edit', 'synthesis.view', 'selfAssessment.open', 'selfAssessment.viewAll', 'initiative.register', 'initiative.viewAll', 'inspection.create', 'inspection.record', 'channel.view'],
  // Điều 5.3: the deputy chief may do the report too.
  deputyChief: ['documents.view', 'poll.create', 'poll.answer', 'cycle.open', 'cycle.adhoc', 'status.all', 'remind', 'report.history', 'report.stats', 'unit.markAbsent', 'meeting.schedule', 'meeting.conclude', 'tasks.viewAll', 'meeting.respond', 'plan.viewAll', 'plan.edit', 'synthesis.edit', 'synthesis.view', 'selfAssessment.open', 'selfAssessment.viewAll', 'selfAssessment.compile', 'initiative.register', 'initiative.viewAll', 'inspection.create', 'inspection.record', 'channel.view'],
  // Điều 3.1, 6 mục 2.14: the standing member keeps the Office's annual plan.
  standing: ['documents.view', 'poll.answer', 'cycle.open', 'cycle.adhoc', 'status.all', 'remind', 'compile', 'report.send', 'report.history', 'report.stats', 'unit.markAbsent', 'tasks.viewAll', 'meeting.respond', 'plan.import', 'plan.viewAll', 'plan.edit', 'synthesis.edit', 'synthesis.view', 'selfAssessment.open', 'selfAssessment.review', 'selfAssessment.viewAll', 'selfAssessment.compile', 'initiative.register', 'initiative.viewAll', 'inspection.create', 'inspection.record', 'inspection.forward', 'channel.link', 'channel.view'],
  // Điều 7: the secretary runs the committee's channel (links it; meeting notices and conclusions are posted there).
  secretary: ['documents.view', 'poll.create', 'poll.answer', 'meeting.schedule', 'meeting.conclude', 'tasks.viewAll', 'meeting.respond', 'synthesis.view', 'initiative.register', 'inspection.record', 'channel.link', 'channel.view'],
};

/** Actions every unit member (head or deputy of a unit) may take for their own unit. */
const UNIT_ACTIONS: readonly Action[] = ['status.own', 'tasks.viewOwn', 'meeting.respond', 'task.update', 'poll.answer', 'documents.view', 'plan.viewOwn', 'synthesis.view', 'selfAssessment.viewOwn', 'initiative.register', 'inspection.record', 'inspection.selfReport', 'channel.view'];

export interface PermissionContext {
  roster: Roster;
  /** Units whose head is currently marked absent, so their deputy acts (Điều 2.1). */
  absentHeads: ReadonlySet<string>;
  /** Whether a delegation from the chief to the deputy chief is in force today (Điều 5.1; features/delegation). */
  approvalDelegated?: boolean;
}

/** The unit ids this member may report for right now: headed units, and deputised units whose head is absent. */
export function unitsActingFor(member: Member, ctx: PermissionContext): string[] {
  const headed = ctx.roster.unitsHeadedBy(member.id).map((u) => u.id);
  const deputised = ctx.roster.unitsDeputisedBy(member.id).filter((u) => ctx.absentHeads.has(u.id)).map((u) => u.id);
  return [...new Set([...headed, ...deputised])];
}

/** Whether the member heads or deputises the unit the roster marks as responsible for initiatives. */
export function reviewsInitiatives(member: Member, roster: Roster): boolean {
  return [...roster.unitsHeadedBy(member.id), ...roster.unitsDeputisedBy(member.id)].some((u) => u.duties?.includes('initiatives'));
}

function isUnitMember(member: Member, roster: Roster): boolean {
  return roster.unitsHeadedBy(member.id).length > 0 || roster.unitsDeputisedBy(member.id).length > 0;
}

/**
 * Decides whether a member may take an action; `unitId` names the unit for unit-scoped actions
 * (submitting a report, marking a head absent, updating a unit's task).
 */
export function can(member: Member | undefined, action: Action, ctx: PermissionContext, unitId?: string): boolean {
  if (action === 'help') return true;
  if (!member) return false;
  // Every member may see who they are and choose their own language.
  if (action === 'whoami' || action === 'language.set') return true;
  // A unit's self-assessment is scored by whoever reports for it (Phụ lục 2A in every unit's duty).
  if (action === 'report.submit' || action === 'selfAssessment.score') {
    return unitId !== undefined && unitsActingFor(member, ctx).includes(unitId);
  }
  // What goes to the chief for decision (reports for signature too): the deputy chief too while a delegation is in force (Điều 5.1).
  if (action === 'meeting.approveAbsence' || action === 'poll.decide' || action === 'synthesis.approve' || action === 'selfAssessment.approve' || action === 'inspection.conclude') {
    if (member.roles.includes('chief')) return true;
    return Boolean(ctx.approvalDelegated) && member.roles.includes('deputyChief');
  }
  if (action === 'unit.markAbsent' && unitId !== undefined && ctx.roster.unitsHeadedBy(member.id).some((u) => u.id === unitId)) {
    return true;
  }
  const byRole = member.roles.some((role) => ROLE_ACTIONS[role].includes(action));
  // Điều 6 mục 2.9: the unit the roster gives the initiatives duty (head or deputy) reviews them and sees them all.
  if (action === 'initiative.review' || action === 'initiative.viewAll') return byRole || reviewsInitiatives(member, ctx.roster);
  if (action === 'task.update' && unitId !== undefined) {
    // Decided here, not by the generic unit rule below: being in some unit must not open another unit's tasks.
    return byRole || unitsActingFor(member, ctx).includes(unitId) || ctx.roster.unitsDeputisedBy(member.id).some((u) => u.id === unitId);
  }
  if (byRole) return true;
  return UNIT_ACTIONS.includes(action) && isUnitMember(member, ctx.roster);
}

/**
 * Whether a member may take an action for some unit (or for none): the help card's view and the
 * router's first check. Which unit — the one a card or command names — is then checked with `can`.
 */
export function mayAttempt(member: Member | undefined, action: Action, ctx: PermissionContext): boolean {
  if (action === 'report.submit' || action === 'selfAssessment.score') return member !== undefined && unitsActingFor(member, ctx).length > 0;
  // A head may mark their own unit absent, so every head may attempt it.
  if (action === 'unit.markAbsent' && member !== undefined && ctx.roster.unitsHeadedBy(member.id).length > 0) return true;
  return can(member, action, ctx);
}

/** The actions a member may take, in ACTIONS order: drives the help card. */
export function allowedActions(member: Member | undefined, ctx: PermissionContext): Action[] {
  return ACTIONS.filter((action) => mayAttempt(member, action, ctx));
}
