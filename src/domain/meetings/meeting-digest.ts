import type { Meeting } from './meeting-model.ts';

export interface DigestAbsence {
  memberId: string;
  reason: string;
  opinions: string;
  substitute?: string;
}

/** Who comes, who is excused (with written opinions), who waits for a decision, who has not answered. */
export interface MeetingDigest {
  attending: string[];
  approvedAbsences: DigestAbsence[];
  pendingAbsences: DigestAbsence[];
  refusedAbsences: DigestAbsence[];
  noAnswer: string[];
}

/** Sorts the invitees of a meeting by their answer, in invitation order. */
export function buildMeetingDigest(meeting: Pick<Meeting, 'invitees' | 'responses'>): MeetingDigest {
  const digest: MeetingDigest = { attending: [], approvedAbsences: [], pendingAbsences: [], refusedAbsences: [], noAnswer: [] };
  for (const memberId of meeting.invitees) {
    const r = meeting.responses[memberId];
    if (!r) digest.noAnswer.push(memberId);
    else if (r.status === 'attending') digest.attending.push(memberId);
    else {
      const absence: DigestAbsence = { memberId, reason: r.reason, opinions: r.opinions, ...(r.substitute ? { substitute: r.substitute } : {}) };
      if (r.status === 'leave-approved') digest.approvedAbsences.push(absence);
      else if (r.status === 'leave-refused') digest.refusedAbsences.push(absence);
      else digest.pendingAbsences.push(absence);
    }
  }
  return digest;
}

/** Meetings whose digest is due: scheduled for `tomorrow` (yyyy-mm-dd) and not yet digested. */
export function meetingsNeedingDigest<M extends Pick<Meeting, 'status' | 'date' | 'digestSentAt'>>(meetings: M[], tomorrow: string): M[] {
  return meetings.filter((m) => m.status === 'scheduled' && m.date === tomorrow && !m.digestSentAt);
}
