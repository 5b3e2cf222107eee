import { expect } from 'chai';
import { buildIcs, escapeIcsText, foldIcsLine } from '../../src/graph/ics.ts';

describe('ics', () => {
  const meeting = {
    id: 'm-1',
    organizer: { name: 'Thư ký', email: 'thuky@example.gov.vn' },
    subject: 'Họp Ban Chỉ đạo CCHC; quý IV, năm 2026',
    agenda: ['Đánh giá kết quả cải cách hành chính của các đơn vị thuộc Văn phòng trong quý IV năm 2026'],
    start: new Date('2026-12-04T02:00:00Z'),
    end: new Date('2026-12-04T03:30:00Z'),
    location: 'Phòng họp 2',
    online: true,
    attendees: [{ name: 'Nguyễn Văn A', email: 'a@example.gov.vn' }],
    sequence: 0,
  };

  it('escapes text values', () => {
    expect(escapeIcsText('a;b,c\\d\ne')).to.equal('a\\;b\\,c\\\\d\\ne');
  });

  it('folds at 75 octets without splitting UTF-8 characters', () => {
    const folded = foldIcsLine(`DESCRIPTION:${'Đánh giá '.repeat(20)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(`DESCRIPTION:${'Đánh giá '.repeat(20)}`);
  });

  it('builds a request and a cancellation with attendees and CRLF lines', () => {
    const ics = buildIcs(meeting, 'REQUEST', new Date('2026-11-20T02:00:00Z'));
    expect(ics.split('\r\n').filter(Boolean)[0]).to.equal('BEGIN:VCALENDAR');
    expect(ics).to.not.match(/[^\r]\n/);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).to.include('UID:m-1@cchc-bot').and.include('DTSTART:20261204T020000Z').and.include('SUMMARY:Họp Ban Chỉ đạo CCHC\\; quý IV\\, năm 2026');
    expect(unfolded).to.include('ATTENDEE;CN="Nguyễn Văn A";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:a@example.gov.vn');
    const cancel = buildIcs(meeting, 'CANCEL', new Date('2026-11-21T02:00:00Z'));
    expect(cancel).to.include('METHOD:CANCEL').and.include('STATUS:CANCELLED').and.include('SEQUENCE:1');
  });
});
