import type { DecisionData, LeaveFormData, MeetingCardData } from './card-payloads.ts';
import { renderCard } from '../../cards/render-card.ts';
import type { AttendanceResponse, Meeting } from '../../domain/meetings/index.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { MEETING } from '../../i18n/meeting-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import type { ActionResult } from '../registry.ts';
import type { ActionTurn } from '../turn.ts';
import { inviteSubstitute, tellSecretariesOfDecision } from './absence-follow-up.ts';
import { inviteCard } from './meeting-cards.ts';
import { localeOf } from '../member-locale.ts';
import { nameOf } from './meeting-repo.ts';
import { decisionMaker, signedBy } from '../members/decision-maker.ts';
import { DELEGATION } from '../../i18n/delegation-strings.ts';
import { meetingFacts, meetingSubject } from './meeting-view.ts';

/** The meeting a card points at, open for answers, with the caller among the invitees. */
async function openMeetingFor(turn: ActionTurn<MeetingCardData>, app: AppServices): Promise<{ meeting: Meeting; memberId: string }> {
  const member = await requirePermission(turn.caller, 'meeting.respond', app);
  const s = MEETING[turn.caller.locale];
  const meeting = turn.data.meetingId ? await app.repos.meetings.get(turn.data.meetingId) : undefined;
  if (!meeting || meeting.status !== 'scheduled') throw new ValidationError('meetingId', s.meetingClosed);
  if (!meeting.invitees.includes(member.id)) throw new ValidationError('meetingId', s.notInvited);
  return { meeting, memberId: member.id };
}

async function saveResponse(app: AppServices, meetingId: string, memberId: string, response: AttendanceResponse): Promise<Meeting> {
  const saved = await app.repos.meetings.update(meetingId, (current) => (current ? { ...current, responses: { ...current.responses, [memberId]: response } } : undefined));
  if (!saved) throw new Error(`meeting ${meetingId} vanished while answering`);
  return saved;
}

/** `meeting.attend`: records attendance and shows the card with the new status. */
export async function attendAction(turn: ActionTurn<MeetingCardData>, app: AppServices): Promise<ActionResult> {
  const { meeting, memberId } = await openMeetingFor(turn, app);
  const saved = await saveResponse(app, meeting.id, memberId, { status: 'attending', at: app.clock().toISOString() });
  return { card: inviteCard(saved, memberId, turn.caller.locale, app) };
}

/** `meeting.leaveForm`: the inputs for the reason, written opinions and the deputy attending instead. */
export async function leaveFormAction(turn: ActionTurn<MeetingCardData>, app: AppServices): Promise<ActionResult> {
  const { meeting, memberId } = await openMeetingFor(turn, app);
  const s = MEETING[turn.caller.locale];
  const deputyId = app.roster.unitsHeadedBy(memberId).find((u) => u.deputy)?.deputy ?? '';
  const card = renderCard('meeting-leave', {
    title: s.leaveTitle,
    subject: meetingSubject(meeting, turn.caller.locale),
    agenda: meeting.agenda.map((a, i) => `${i + 1}. ${a}`),
    reasonLabel: s.leaveReason,
    opinionsLabel: s.leaveOpinions,
    opinionsHint: s.leaveOpinionsHint,
    requiredMessage: s.leaveRequired,
    substituteLabel: deputyId ? s.leaveSubstitute(nameOf(app, deputyId)) : '',
    substituteId: deputyId,
    submitLabel: s.leaveSubmit,
    meetingId: meeting.id,
  });
  return { card };
}

/** `meeting.leave`: stores the request with opinions and asks the chief (or the delegated deputy chief). */
export async function leaveAction(turn: ActionTurn<LeaveFormData>, app: AppServices): Promise<ActionResult> {
  const { meeting, memberId } = await openMeetingFor(turn, app);
  const s = MEETING[turn.caller.locale];
  const { reason, opinions } = turn.data;
  if (!reason || !opinions) throw new ValidationError('opinions', s.leaveRequired);
  const wanted = turn.data.substitute;
  const substitute = wanted && app.roster.unitsHeadedBy(memberId).some((u) => u.deputy === wanted) ? wanted : undefined;
  const response: AttendanceResponse = { status: 'leave-requested', at: app.clock().toISOString(), reason, opinions, ...(substitute ? { substitute } : {}) };
  const saved = await saveResponse(app, meeting.id, memberId, response);
  const approvers = (await decisionMaker(app)).memberIds;
  for (const approverId of approvers) {
    const locale = await localeOf(app, approverId);
    const outcome = await app.messenger.send(approverId, { type: 'card', card: approvalCard(saved, memberId, app, locale, true, '') });
    if (!outcome.ok) app.logger.warn({ approverId, meetingId: meeting.id, reason: outcome.reason }, 'leave request not delivered to approver');
  }
  return { card: inviteCard(saved, memberId, turn.caller.locale, app), replies: [{ type: 'text', text: s.leaveSent(approvers.map((id) => nameOf(app, id)).join(', ')) }] };
}

function approvalCard(meeting: Meeting, memberId: string, app: AppServices, locale: 'vi' | 'en', open: boolean, status: string) {
  const s = MEETING[locale];
  const r = meeting.responses[memberId];
  const leave = r && r.status !== 'attending' ? r : undefined;
  return renderCard('meeting-approval', {
    title: s.approvalTitle(nameOf(app, memberId)),
    facts: [
      { label: s.fields.time, value: meetingSubject(meeting, locale) },
      ...meetingFacts(meeting, locale).slice(1, 2),
      { label: s.fields.reason, value: leave?.reason ?? '' },
      { label: s.fields.opinions, value: leave?.opinions ?? '' },
      ...(leave?.substitute ? [{ label: s.fields.substitute, value: nameOf(app, leave.substitute) }] : []),
    ],
    status,
    approveLabel: s.approve,
    refuseLabel: s.refuse,
    meetingId: meeting.id,
    memberId,
    open,
  });
}

/** A decision taken under delegation is reported to the chief (Điều 5.1: the deputy acts for the chief, who stays informed). */
async function tellChiefOfDecision(app: AppServices, meeting: Meeting, memberId: string, deputyName: string, approved: boolean): Promise<void> {
  for (const chief of app.roster.withRole('chief')) {
    const locale = await localeOf(app, chief.id);
    const outcome = await app.messenger.send(chief.id, { type: 'text', text: DELEGATION[locale].decidedForYou(deputyName, nameOf(app, memberId), meetingSubject(meeting, locale), approved) });
    if (!outcome.ok) app.logger.warn({ chiefId: chief.id, meetingId: meeting.id, reason: outcome.reason }, 'delegated decision not reported to the chief');
  }
}

/**
 * `meeting.decide`: the chief (or delegated deputy chief) approves or refuses; the member and the secretary are
 * told. An approved request naming the unit's deputy invites the deputy (card and calendar attendee) exactly once:
 * the decision and the deputy's place among the invitees are claimed in one store update, so a second click finds it decided.
 */
export async function decideAction(turn: ActionTurn<DecisionData>, app: AppServices): Promise<ActionResult> {
  const approver = await requirePermission(turn.caller, 'meeting.approveAbsence', app);
  const s = MEETING[turn.caller.locale];
  const { meetingId, memberId } = turn.data;
  const approved = turn.data.decision === 'approve';
  if (!meetingId) throw new ValidationError('meetingId', s.meetingClosed);
  let changed = false;
  let deputyId: string | undefined;
  const saved = await app.repos.meetings.update(meetingId, (current) => {
    const r = current?.responses[memberId];
    if (!current || !r || r.status !== 'leave-requested') return undefined;
    changed = true;
    const decided: AttendanceResponse = { ...r, status: approved ? 'leave-approved' : 'leave-refused', decidedBy: approver.id, decidedAt: app.clock().toISOString() };
    const next: Meeting = { ...current, responses: { ...current.responses, [memberId]: decided } };
    const sub = r.substitute;
    if (!approved || !sub || current.status !== 'scheduled' || current.invitees.includes(sub)) return next;
    deputyId = sub;
    return { ...next, invitees: [...current.invitees, sub], substitutes: { ...current.substitutes, [sub]: memberId } };
  });
  if (!changed || !saved) return { message: s.alreadyDecided };
  const locale = await localeOf(app, memberId);
  const told = await app.messenger.send(memberId, { type: 'text', text: MEETING[locale].decisionToMember(meetingSubject(saved, locale), approved, signedBy(approver, locale)) });
  if (!told.ok) app.logger.warn({ memberId, meetingId, reason: told.reason }, 'absence decision not delivered');
  if (!approver.roles.includes('chief')) await tellChiefOfDecision(app, saved, memberId, approver.name, approved);
  const cardId = saved.cards[memberId];
  if (cardId) await app.messenger.update(memberId, cardId, { type: 'card', card: inviteCard(saved, memberId, locale, app) });
  const substitute = deputyId ? { id: deputyId, inCalendar: await inviteSubstitute(saved, deputyId, app) } : undefined;
  await tellSecretariesOfDecision(saved, memberId, { approved, by: approver, ...(substitute ? { substitute } : {}) }, app);
  return { card: approvalCard(saved, memberId, app, turn.caller.locale, false, s.decided(nameOf(app, memberId), approved)) };
}
