import { expect } from 'chai';
import { formatDate, formatInstant } from '../../../src/domain/calendar/format-date.ts';

describe('formatDate / formatInstant (the one dd/mm/yyyy formatter)', () => {
  it('writes a calendar date as dd/mm/yyyy without moving it through a time zone', () => {
    expect(formatDate('2026-12-10')).to.equal('10/12/2026');
    expect(formatDate('2027-01-01')).to.equal('01/01/2027');
  });

  it('reads a timestamp in Vietnam time: 17:30 UTC on 31/12 is already 1/1 in Hà Nội', () => {
    expect(formatDate('2026-12-31T17:30:00.000Z')).to.equal('01/01/2027');
    expect(formatDate('2026-12-31T16:59:00.000Z')).to.equal('31/12/2026');
  });

  it('adds the wall-clock time for an instant', () => {
    expect(formatInstant('2026-12-10T02:15:00.000Z')).to.equal('10/12/2026 09:15');
  });

  it('shows an unreadable value as it is rather than "NaN/NaN/NaN"', () => {
    expect(formatDate('không rõ')).to.equal('không rõ');
    expect(formatInstant('')).to.equal('');
  });
});
