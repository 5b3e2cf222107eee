import { expect } from 'chai';
import type { Poll } from '../../../src/domain/polls/poll-model.ts';
import { decisionNeedsReason, pollOpenOn, tallyPoll } from '../../../src/domain/polls/poll-rules.ts';
import { parsePollLine } from '../../../src/domain/polls/parse-poll-line.ts';
import { parsePollScope } from '../../../src/domain/polls/parse-poll-scope.ts';

function poll(answers: Record<string, number>, overrides: Partial<Poll> = {}): Poll {
  const memberIds = ['a', 'b', 'c', 'd', 'e'];
  return {
    id: 'p-1', question: 'Thông qua kế hoạch', options: ['Đồng ý', 'Không đồng ý', 'Ý kiến khác'], deadline: '2026-12-04', memberIds,
    createdBy: 'thu-ky', createdAt: '2026-11-20T02:00:00.000Z', cards: {}, status: 'open',
    answers: Object.fromEntries(Object.entries(answers).map(([id, choice]) => [id, { choice, comment: id === 'a' ? 'ý kiến' : '', at: '2026-11-21T02:00:00.000Z' }])),
    ...overrides,
  };
}

describe('poll rules (Điều 7.3)', () => {
  it('counts a majority against all members asked, not those who answered', () => {
    // 2 of 2 answers agree, but 2 of 5 members is no majority.
    expect(tallyPoll(poll({ a: 0, b: 0 }))).to.deep.include({ counts: [2, 0, 0], answered: 2, members: 5, notAnswered: ['c', 'd', 'e'] });
    expect(tallyPoll(poll({ a: 0, b: 0 })).majority).to.equal(undefined);
    expect(tallyPoll(poll({ a: 0, b: 0, c: 0, d: 1 })).majority).to.equal(0);
    expect(tallyPoll(poll({ a: 0, b: 0, c: 1, d: 1, e: 2 })).majority).to.equal(undefined);
    expect(tallyPoll(poll({ a: 2 })).comments).to.deep.equal([{ memberId: 'a', choice: 2, comment: 'ý kiến' }]);
    // An answer from someone no longer asked does not count.
    expect(tallyPoll(poll({ a: 0, b: 0, zz: 0 })).answered).to.equal(2);
  });

  it('needs a reason for a decision other than the majority, or without one', () => {
    const t = tallyPoll(poll({ a: 0, b: 0, c: 0 }));
    expect(decisionNeedsReason(t, 0)).to.equal(false);
    expect(decisionNeedsReason(t, 1)).to.equal(true);
    expect(decisionNeedsReason(tallyPoll(poll({ a: 0 })), 0)).to.equal(true);
  });

  it('takes answers until the end of the deadline day', () => {
    expect(pollOpenOn(poll({}), '2026-12-04')).to.equal(true);
    expect(pollOpenOn(poll({}), '2026-12-05')).to.equal(false);
    expect(pollOpenOn(poll({}, { status: 'closed' }), '2026-12-01')).to.equal(false);
  });

  it('reads the deadline, the question and the options of one command line', () => {
    expect(parsePollLine('hạn 04/12/2026: Thông qua kế hoạch | Thông qua; Không thông qua')).to.deep.equal({ ok: true, deadline: '2026-12-04', question: 'Thông qua kế hoạch', options: ['Thông qua', 'Không thông qua'] });
    expect(parsePollLine('Thông qua kế hoạch hạn 4/12/2026')).to.deep.equal({ ok: true, deadline: '2026-12-04', question: 'Thông qua kế hoạch', options: [] });
    expect(parsePollLine('due 04/12/2026: Approve the plan | Yes')).to.deep.equal({ ok: true, deadline: '2026-12-04', question: 'Approve the plan', options: [] });
    expect(parsePollLine('hạn 31/11/2026: x')).to.deep.equal({ ok: false, problem: 'bad-date', text: '31/11/2026' });
    expect(parsePollLine('Thông qua kế hoạch')).to.deep.equal({ ok: false, problem: 'no-deadline' });
    expect(parsePollLine('hạn 04/12/2026:')).to.deep.equal({ ok: false, problem: 'no-question' });
  });
});

describe('poll scope: a group of units, a meeting agenda item', () => {
  it('takes the group and the meeting out of the head, leaving the line for the deadline parser', () => {
    expect(parsePollScope('hạn 10/12/2026 nhóm Phòng Kinh tế, Văn xã: Thông qua | A; B')).to.deep.equal({ ok: true, scope: { group: ['Phòng Kinh tế', 'Văn xã'] }, line: 'hạn 10/12/2026: Thông qua | A; B' });
    expect(parsePollScope('họp 04/12/2026 mục 2 hạn 10/12/2026:')).to.deep.equal({ ok: true, scope: { meeting: { date: '2026-12-04', item: 2 } }, line: 'hạn 10/12/2026:' });
    expect(parsePollScope('group Kinh te due 10/12/2026 meeting 4/12/2026 item 1: Agree?')).to.deep.equal({ ok: true, scope: { group: ['Kinh te'], meeting: { date: '2026-12-04', item: 1 } }, line: 'due 10/12/2026: Agree?' });
    expect(parsePollScope('hạn 10/12/2026: họp nhóm vào tháng sau?')).to.deep.equal({ ok: true, scope: {}, line: 'hạn 10/12/2026: họp nhóm vào tháng sau?' });
    expect(parsePollScope('họp 31/11/2026 hạn 10/12/2026: x')).to.deep.equal({ ok: false, problem: 'bad-date', text: '31/11/2026' });
  });
});
