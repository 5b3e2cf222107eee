import { expect } from 'chai';
import { chooseMeeting, parseMeetingSelector, parseRescheduleArgs, upcomingMeetings, type MeetingInputError } from '../../../src/domain/meetings/index.ts';

const NOW = new Date('2026-11-20T02:00:00Z');
const m = (id: string, date: string, start: string, status: 'scheduled' | 'cancelled' = 'scheduled') => ({ id, date, start, durationMinutes: 60, status });

describe('choosing the meeting a change command means', () => {
  it('reads an optional date (and time) naming the meeting before the reason', () => {
    expect(parseMeetingSelector('05/12/2026 do trùng lịch')).to.deep.equal({ selector: { date: '2026-12-05' }, rest: 'do trùng lịch' });
    expect(parseMeetingSelector('5/12/2026 14h30 lý do')).to.deep.equal({ selector: { date: '2026-12-05', start: '14:30' }, rest: 'lý do' });
    expect(parseMeetingSelector('05/12/2026')).to.deep.equal({ selector: { date: '2026-12-05' }, rest: '' });
    expect(parseMeetingSelector('05/12/2026 9 người vắng')).to.deep.equal({ selector: { date: '2026-12-05' }, rest: '9 người vắng' });
    expect(parseMeetingSelector('do trùng lịch 05/12/2026')).to.deep.equal({ rest: 'do trùng lịch 05/12/2026' });
    expect(parseMeetingSelector('')).to.deep.equal({ rest: '' });
  });

  it('splits `<date> sang <new line>` and keeps a plain new line as it was', () => {
    expect(parseRescheduleArgs('05/12/2026 sang 06/12/2026 14:00')).to.deep.equal({ selector: { date: '2026-12-05' }, line: '06/12/2026 14:00' });
    expect(parseRescheduleArgs('05/12/2026 9:00 to 06/12/2026 14:00 tại Phòng họp 1')).to.deep.equal({ selector: { date: '2026-12-05', start: '09:00' }, line: '06/12/2026 14:00 tại Phòng họp 1' });
    expect(parseRescheduleArgs('sang 06/12/2026 14:00')).to.deep.equal({ line: '06/12/2026 14:00' });
    expect(parseRescheduleArgs('06/12/2026 14:00: chuyển sang môi trường số')).to.deep.equal({ line: '06/12/2026 14:00: chuyển sang môi trường số' });
    let problem = '';
    try {
      parseRescheduleArgs('31/02/2026 sang 06/12/2026 14:00');
    } catch (e) {
      problem = (e as MeetingInputError).problem;
    }
    expect(problem).to.equal('date');
  });

  it('lists upcoming scheduled meetings soonest first', () => {
    const list = upcomingMeetings([m('b', '2026-12-05', '09:00'), m('past', '2026-11-19', '09:00'), m('c', '2026-12-04', '09:00', 'cancelled'), m('a', '2026-12-04', '14:00')], NOW);
    expect(list.map((x) => x.id)).to.deep.equal(['a', 'b']);
  });

  it('picks the named or only meeting and never guesses between several', () => {
    const one = [m('a', '2026-12-04', '09:00')];
    const two = [m('a', '2026-12-04', '09:00'), m('b', '2026-12-04', '15:00'), m('c', '2026-12-05', '09:00')];
    expect(chooseMeeting(one)).to.deep.equal({ kind: 'one', meeting: one[0] });
    expect(chooseMeeting([])).to.deep.equal({ kind: 'none' });
    expect(chooseMeeting(two).kind).to.equal('ambiguous');
    expect(chooseMeeting(two, { date: '2026-12-05' })).to.deep.equal({ kind: 'one', meeting: two[2] });
    expect(chooseMeeting(two, { date: '2026-12-04' })).to.deep.equal({ kind: 'ambiguous', candidates: two.slice(0, 2) });
    expect(chooseMeeting(two, { date: '2026-12-04', start: '15:00' })).to.deep.equal({ kind: 'one', meeting: two[1] });
    expect(chooseMeeting(two, { date: '2026-12-06' })).to.deep.equal({ kind: 'none' });
  });
});
