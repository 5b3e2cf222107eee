import type { Meeting } from '../../domain/meetings/index.ts';
import type { AppServices } from '../app-services.ts';
import { inviteCard } from './meeting-cards.ts';
import { localeOf } from '../member-locale.ts';


/**
 * Sends the meeting card (Tham dự / Xin vắng) to each of `memberIds`, one at a time (one failure never
 * stops the rest), and stores the card ids so later changes replace them. Returns how many arrived.
 */
export async function sendInvitations(meeting: Meeting, app: AppServices, memberIds: string[] = meeting.invitees): Promise<number> {
  const cards: Record<string, string> = {};
  for (const memberId of memberIds) {
    try {
      const outcome = await app.messenger.send(memberId, { type: 'card', card: inviteCard(meeting, memberId, await localeOf(app, memberId), app) });
      if (outcome.ok) cards[memberId] = outcome.activityId;
      else app.logger.info({ memberId, meetingId: meeting.id, reason: outcome.reason }, 'meeting card not delivered');
    } catch (error) {
      app.logger.error({ err: error, memberId, meetingId: meeting.id }, 'meeting card failed');
    }
  }
  await app.repos.meetings.update(meeting.id, (current) => (current ? { ...current, cards: { ...current.cards, ...cards } } : undefined));
  return Object.keys(cards).length;
}
