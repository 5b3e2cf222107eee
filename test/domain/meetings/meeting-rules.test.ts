import { expect } from 'chai';
import { createWorkingCalendar } from '../../../src/domain/calendar/index.ts';
import { buildMeetingDigest, createTask, dueTaskReminders, parseMeetingLine, validateMeetingDraft, type MeetingDraft, type MeetingInputError } from '../../../src/domain/meetings/index.ts';

const NOW = new Date('2026-11-20T02:00:00Z');
const draft = (o: Partial<MeetingDraft> = {}): MeetingDraft => ({ kind: 'regular', date: '2026-12-04', start: '09:00', durationMinutes: 90, place: 'P2', online: true, agenda: [], invitees: ['a'], ...o });
const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as MeetingInputError).problem;
  }
  return 'none';
};

describe('meeting rules', () => {
  it('parses the one-line form', () => {
    expect(parseMeetingLine('05/12/2026 9:00 90 phút tại Phòng họp 2: Đánh giá quý IV; Kế hoạch 2027')).to.deep.equal({ date: '2026-12-05', start: '09:00', durationMinutes: 90, place: 'Phòng họp 2', agenda: ['Đánh giá quý IV', 'Kế hoạch 2027'] });
    expect(parseMeetingLine('5/1/2027 14h30 2 giờ').durationMinutes).to.equal(120);
    expect(problemOf(() => parseMeetingLine('mai 9 giờ'))).to.equal('format');
    expect(problemOf(() => parseMeetingLine('31/02/2027 9:00'))).to.equal('date');
    expect(problemOf(() => parseMeetingLine('01/02/2027 25:00'))).to.equal('time');
  });

  it('rejects past dates, ends before start, and unknown members', () => {
    const known = (id: string) => id === 'a';
    expect(problemOf(() => validateMeetingDraft(draft(), NOW, known))).to.equal('none');
    expect(problemOf(() => validateMeetingDraft(draft({ date: '2026-11-19' }), NOW, known))).to.equal('in-past');
    expect(problemOf(() => validateMeetingDraft(draft({ start: '23:00' }), NOW, known))).to.equal('end-before-start');
    expect(problemOf(() => validateMeetingDraft(draft({ durationMinutes: 0 }), NOW, known))).to.equal('end-before-start');
    expect(problemOf(() => validateMeetingDraft(draft({ invitees: ['a', 'x'] }), NOW, known))).to.equal('unknown-members');
    expect(problemOf(() => validateMeetingDraft(draft({ invitees: [] }), NOW, known))).to.equal('no-invitees');
  });

  it('sorts invitees in the digest', () => {
    const d = buildMeetingDigest({
      invitees: ['a', 'b', 'c', 'd'],
      responses: { a: { status: 'attending', at: '' }, b: { status: 'leave-approved', at: '', reason: 'r', opinions: 'o' }, c: { status: 'leave-requested', at: '', reason: 'r2', opinions: 'o2' } },
    });
    expect(d.attending).to.deep.equal(['a']);
    expect(d.approvedAbsences).to.deep.equal([{ memberId: 'b', reason: 'r', opinions: 'o' }]);
    expect(d.pendingAbsences.map((x) => x.memberId)).to.deep.equal(['c']);
    expect(d.noAnswer).to.deep.equal(['d']);
  });

  it('reminds tasks on the ladder days, on the deadline and when overdue, never on days off', () => {
    const cal = createWorkingCalendar({ years: {} } as never);
    const task = createTask('t1', 'm', { content: 'x', unitId: 'u', deadline: '2026-12-15' }, NOW);
    const rules = { daysBefore: [3, 1], maxOverdue: 2 };
    const on = (day: string) => dueTaskReminders([task], day, cal, rules).map((r) => r.daysLeft);
    expect(on('2026-12-10')).to.deep.equal([3]);
    expect(on('2026-12-11')).to.deep.equal([]);
    expect(on('2026-12-14')).to.deep.equal([1]);
    expect(on('2026-12-15')).to.deep.equal([0]);
    expect(on('2026-12-17')).to.deep.equal([-2]);
    expect(on('2026-12-18')).to.deep.equal([]);
    expect(on('2026-12-13')).to.deep.equal([]);
    expect(dueTaskReminders([{ ...task, remindedOn: ['2026-12-14'] }], '2026-12-14', cal, rules)).to.deep.equal([]);
  });
});
