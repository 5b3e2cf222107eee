import { formatDate } from '../../domain/calendar/index.ts';
import { CHANNEL } from '../../i18n/channel-strings.ts';
import { MEETING } from '../../i18n/meeting-strings.ts';
import { readAbsentHeads } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { actingMember } from '../cycles/acting-member.ts';
import { infoCard } from '../meetings/meeting-cards.ts';
import { meetingFacts, meetingSubject } from '../meetings/meeting-view.ts';
import type { ChannelPost, Mention } from '../ports.ts';
import { POSTING_CLAIM_MS } from './board-keeper.ts';

/**
 * Posts once in the committee channel under `key`: claimed in the store before it goes on the wire, so
 * a repeated event or a restart posts nothing more (a claim a stopped instance left is posted again).
 */
async function postOnce(app: AppServices, key: string, build: () => ChannelPost | Promise<ChannelPost>): Promise<void> {
  const link = await app.repos.channelLink.get();
  if (!link) return;
  const now = app.clock();
  let claimed = false;
  await app.repos.channelPosts.update(key, (r) => {
    if (r && (r.state === 'posted' || now.getTime() - new Date(r.at).getTime() < POSTING_CLAIM_MS)) return undefined;
    claimed = true;
    return { key, conversationId: link.address.conversationId, state: 'posting', at: now.toISOString() };
  });
  if (!claimed) return;
  const outcome = await app.channelMessenger.post(link.address, await build());
  if (outcome.ok) await app.repos.channelPosts.update(key, (r) => (r ? { ...r, state: 'posted', activityId: outcome.activityId } : undefined));
  else {
    // Released: the next event for it, or the next restart's replay, may post it.
    await app.repos.channelPosts.delete(key);
    app.logger.warn({ key, reason: outcome.reason }, 'channel post not delivered');
  }
}

/** A meeting's invitations went out: its notice in the channel, once. */
export async function announceMeeting(app: AppServices, meetingId: string): Promise<void> {
  const meeting = await app.repos.meetings.get(meetingId);
  if (!meeting || meeting.status !== 'scheduled') return;
  const locale = app.config.language.defaultLocale;
  const s = CHANNEL[locale];
  const agenda = meeting.agenda.map((a, i) => `${i + 1}. ${a}`);
  await postOnce(app, `meeting-${meeting.id}-invited`, () => ({
    reply: { type: 'card', card: infoCard(s.meetingAnnounced(meetingSubject(meeting, locale)), s.meetingAnnouncedText, meetingFacts(meeting, locale), [{ heading: MEETING[locale].fields.agenda, items: agenda }]) },
  }));
}

/** A meeting's conclusions were sent: posted in the channel with their tasks, once. */
export async function postConclusions(app: AppServices, meetingId: string): Promise<void> {
  const meeting = await app.repos.meetings.get(meetingId);
  if (!meeting?.conclusions) return;
  const locale = app.config.language.defaultLocale;
  const s = CHANNEL[locale];
  const tasks = (await Promise.all(meeting.conclusions.taskIds.map((id) => app.repos.tasks.get(id)))).filter((t) => t !== undefined);
  const lines = tasks.map((t) => MEETING[locale].taskLine(t.content, app.roster.unit(t.unitId)?.name ?? t.unitId, formatDate(t.deadline)));
  await postOnce(app, `meeting-${meeting.id}-concluded`, () => ({
    reply: { type: 'card', card: infoCard(s.conclusionsPosted(meetingSubject(meeting, locale)), meeting.conclusions!.text, [], [{ heading: s.tasksHeading, items: lines }]) },
  }));
}

/**
 * Escalation: the overdue units' reporters are @mentioned in the board's thread, each unit once per cycle
 * (reminders never mention anyone). The units are marked before the post goes out, so a repeat mentions no one twice.
 */
export async function mentionOverdue(app: AppServices, cycleId: string, unitIds: string[]): Promise<void> {
  const link = await app.repos.channelLink.get();
  const cycle = await app.cycles.get(cycleId);
  if (!link || !cycle) return;
  let fresh: string[] = [];
  const board = await app.repos.channelBoards.update(cycleId, (r) => {
    const mentioned = r?.mentioned ?? [];
    fresh = unitIds.filter((u) => !mentioned.includes(u) && app.roster.unit(u));
    if (fresh.length === 0) return undefined;
    return { ...(r ?? { cycleId, conversationId: link.address.conversationId, state: 'posting', postingSince: new Date(0).toISOString() }), mentioned: [...mentioned, ...fresh] };
  });
  if (fresh.length === 0) return;
  const absent = await readAbsentHeads(app);
  const mentions: Mention[] = [];
  const lines: string[] = [];
  for (const unitId of fresh) {
    const unit = app.roster.unit(unitId)!;
    const member = app.roster.member(actingMember(unit, absent, app.roster).memberId);
    const id = member ? ((await app.refs.get(member.id))?.userId ?? member.aadObjectId) : undefined;
    if (member && id) mentions.push({ id, name: member.name });
    lines.push(CHANNEL[app.config.language.defaultLocale].escalationLine(member && id ? `<at>${member.name}</at>` : (member?.name ?? ''), unit.name));
  }
  const text = CHANNEL[app.config.language.defaultLocale].escalation(cycle.label, formatDate(cycle.unitDeadline), lines);
  const inThreadOf = board?.conversationId === link.address.conversationId ? board.activityId : undefined;
  const outcome = await app.channelMessenger.post(link.address, { reply: { type: 'text', text }, mentions, inThreadOf });
  if (!outcome.ok) app.logger.warn({ cycleId, reason: outcome.reason, units: fresh.length }, 'overdue units not mentioned in the channel');
}
