import { addDays, localDate } from '../../domain/calendar/index.ts';
import { buildMeetingDigest, meetingsNeedingDigest, type Meeting } from '../../domain/meetings/index.ts';
import type { AdaptiveCardJson } from '../../cards/render-card.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MEETING } from '../../i18n/meeting-strings.ts';
import type { AppServices } from '../app-services.ts';
import { infoCard } from './meeting-cards.ts';
import { localeOf } from '../member-locale.ts';
import { listMeetings, nameOf } from './meeting-repo.ts';
import { meetingFacts, meetingSubject } from './meeting-view.ts';

/** The secretary's digest card: attending, excused with opinions, undecided, refused, no answer. */
export function meetingDigestCard(meeting: Meeting, app: AppServices, locale: Locale): AdaptiveCardJson {
  const s = MEETING[locale];
  const d = buildMeetingDigest(meeting);
  const absence = (a: (typeof d.approvedAbsences)[number]) => s.absenceLine(nameOf(app, a.memberId), a.reason, a.opinions, a.substitute ? nameOf(app, a.substitute) : undefined);
  return infoCard(s.digestTitle(meetingSubject(meeting, locale)), '', meetingFacts(meeting, locale), [
    { heading: `${s.digestAttending} (${d.attending.length})`, items: d.attending.map((id) => nameOf(app, id)) },
    { heading: `${s.digestApproved} (${d.approvedAbsences.length})`, items: d.approvedAbsences.map(absence) },
    { heading: `${s.digestPending} (${d.pendingAbsences.length})`, items: d.pendingAbsences.map(absence) },
    { heading: `${s.digestRefused} (${d.refusedAbsences.length})`, items: d.refusedAbsences.map(absence) },
    { heading: `${s.digestNoAnswer} (${d.noAnswer.length})`, items: d.noAnswer.map((id) => nameOf(app, id)) },
  ]);
}

/** Scheduler job: the day before each meeting, sends the secretary its digest once. Returns how many were sent. */
export async function sendMeetingDigests(app: AppServices, now: Date): Promise<number> {
  const due = meetingsNeedingDigest(await listMeetings(app), addDays(localDate(now), 1));
  let sent = 0;
  for (const meeting of due) {
    let claimed = false;
    await app.repos.meetings.update(meeting.id, (current) => {
      if (!current || current.digestSentAt) return undefined;
      claimed = true;
      return { ...current, digestSentAt: now.toISOString() };
    });
    if (!claimed) continue;
    const secretaries = app.roster.withRole('secretary').map((m) => m.id);
    for (const memberId of secretaries.length ? secretaries : [meeting.createdBy]) {
      try {
        const outcome = await app.messenger.send(memberId, { type: 'card', card: meetingDigestCard(meeting, app, await localeOf(app, memberId)) });
        if (outcome.ok) sent++;
        else app.logger.warn({ memberId, meetingId: meeting.id, reason: outcome.reason }, 'meeting digest not delivered');
      } catch (error) {
        app.logger.error({ err: error, memberId, meetingId: meeting.id }, 'meeting digest failed');
      }
    }
  }
  return sent;
}
