import type { CommitteeDocument } from '../../domain/documents/document-index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { DOCUMENTS } from '../../i18n/document-strings.ts';
import type { AppServices } from '../app-services.ts';
import { meetingSubject } from '../meetings/meeting-view.ts';
import { listPolls } from '../polls/poll-repo.ts';

/**
 * Every document of the committee, from what is stored: compiled reports that were sent, meeting
 * invitations with their agendas and conclusions (not cancelled meetings), decisions taken after a
 * poll, reports of concluded inspections. A group meeting's papers are not meant for all members.
 */
export async function collectDocuments(app: AppServices, locale: Locale): Promise<CommitteeDocument[]> {
  const s = DOCUMENTS[locale];
  const docs: CommitteeDocument[] = [];
  for (const cycle of await app.cycles.list()) {
    if (cycle.state === 'sent') docs.push({ ref: `report:${cycle.id}`, kind: 'report', title: `${s.kinds.report} — ${cycle.label}`, date: cycle.sentAt ?? cycle.openedAt, forAll: true });
  }
  for (const meeting of await app.repos.meetings.all()) {
    if (meeting.status !== 'scheduled') continue;
    const forAll = meeting.kind !== 'group';
    const subject = meetingSubject(meeting, locale);
    docs.push({ ref: `invitation:${meeting.id}`, kind: 'invitation', title: `${s.kinds.invitation} — ${subject}`, date: meeting.createdAt, forAll });
    if (meeting.conclusions) docs.push({ ref: `conclusions:${meeting.id}`, kind: 'conclusions', title: `${s.kinds.conclusions} — ${subject}`, date: meeting.conclusions.at, forAll });
  }
  for (const poll of await listPolls(app)) {
    // A group's poll (or a group meeting's) is for those asked and the officers, like a group meeting's papers.
    if (poll.decision) docs.push({ ref: `decision:${poll.id}`, kind: 'decision', title: `${s.kinds.decision} — ${poll.question}`, date: poll.decision.at, forAll: !poll.groupUnitIds && poll.meeting?.kind !== 'group' });
  }
  // A concluded inspection's report names every member among its recipients (Điều 8.4).
  for (const inspection of await app.repos.inspections.all()) {
    if (inspection.conclusion) docs.push({ ref: `inspection:${inspection.id}`, kind: 'inspection', title: `${s.kinds.inspection} — ${inspection.content}`, date: inspection.conclusion.at, forAll: true });
  }
  return docs;
}
