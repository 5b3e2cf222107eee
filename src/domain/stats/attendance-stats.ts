import type { Meeting } from '../meetings/meeting-model.ts';
import type { Quarter } from '../cycles/quarter.ts';

/** One member's attendance over the meetings held in a window (Điều 6.1.b). */
export interface MemberAttendance {
  memberId: string;
  /** Attended (said so on the invitation), in person or as the deputy sent in a head's place. */
  present: number;
  /** Absent with the chief's leave (leave approved). */
  excused: number;
  /** Absent without leave: no answer, leave refused or never decided. */
  absent: number;
}

type HeldMeeting = Pick<Meeting, 'date' | 'status' | 'invitees' | 'responses'>;

/** First and last calendar day (yyyy-mm-dd) of a run of quarters. */
export function quartersSpan(first: Quarter, last: Quarter): { from: string; to: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const endMonth = last.quarter * 3;
  const endDay = new Date(Date.UTC(last.year, endMonth, 0)).getUTCDate();
  return { from: `${first.year}-${pad(first.quarter * 3 - 2)}-01`, to: `${last.year}-${pad(endMonth)}-${pad(endDay)}` };
}

/**
 * Attendance per member over the meetings held from `from` to `to` and before `today` (yyyy-mm-dd):
 * the bot knows who said they would come and whose leave the chief approved, so those answers stand
 * for presence; anyone else invited was absent without leave. Members in `memberIds` order; members
 * never invited in the window are left out.
 */
export function attendanceByMember(meetings: HeldMeeting[], memberIds: string[], from: string, to: string, today: string): MemberAttendance[] {
  const counts = new Map(memberIds.map((id) => [id, { memberId: id, present: 0, excused: 0, absent: 0, invited: 0 }]));
  for (const m of meetings) {
    if (m.status !== 'scheduled' || m.date < from || m.date > to || m.date >= today) continue;
    for (const id of new Set(m.invitees)) {
      const c = counts.get(id);
      if (!c) continue;
      c.invited++;
      const status = m.responses[id]?.status;
      if (status === 'attending') c.present++;
      else if (status === 'leave-approved') c.excused++;
      else c.absent++;
    }
  }
  return [...counts.values()].filter((c) => c.invited > 0).map(({ memberId, present, excused, absent }) => ({ memberId, present, excused, absent }));
}
