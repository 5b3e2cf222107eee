import { expect } from 'chai';
import { attendanceByMember, quartersSpan } from '../../../src/domain/stats/attendance-stats.ts';

const meeting = (date: string, responses: Record<string, { status: string }>, status = 'scheduled') =>
  ({ date, status, invitees: ['a', 'b', 'c'], responses }) as unknown as Parameters<typeof attendanceByMember>[0][number];

describe('attendanceByMember', () => {
  it('counts present, absent with leave and without over the meetings held in the window', () => {
    const meetings = [
      meeting('2026-10-05', { a: { status: 'attending' }, b: { status: 'leave-approved' }, c: { status: 'leave-refused' } }),
      meeting('2026-11-05', { a: { status: 'attending' }, b: { status: 'leave-requested' } }),
      meeting('2026-11-20', { a: { status: 'attending' } }, 'cancelled'),
      meeting('2026-12-20', { a: { status: 'attending' } }),
      meeting('2026-06-30', { a: { status: 'attending' } }),
    ];
    expect(attendanceByMember(meetings, ['a', 'b', 'c', 'd'], '2026-07-01', '2026-12-31', '2026-12-10')).to.deep.equal([
      { memberId: 'a', present: 2, excused: 0, absent: 0 },
      { memberId: 'b', present: 0, excused: 1, absent: 1 },
      { memberId: 'c', present: 0, excused: 0, absent: 2 },
    ]);
  });

  it('spans whole quarters', () => {
    expect(quartersSpan({ year: 2026, quarter: 1 }, { year: 2026, quarter: 4 })).to.deep.equal({ from: '2026-01-01', to: '2026-12-31' });
    expect(quartersSpan({ year: 2025, quarter: 4 }, { year: 2026, quarter: 2 })).to.deep.equal({ from: '2025-10-01', to: '2026-06-30' });
  });
});
