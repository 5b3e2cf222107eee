import { expect } from 'chai';
import { compareQuarters, previousQuarter, quarterWindow } from '../../../src/domain/stats/quarter-window.ts';

describe('quarter windows', () => {
  it('steps back across the year boundary', () => {
    expect(previousQuarter({ year: 2027, quarter: 1 })).to.deep.equal({ year: 2026, quarter: 4 });
    expect(previousQuarter({ year: 2026, quarter: 3 })).to.deep.equal({ year: 2026, quarter: 2 });
  });

  it('lists n consecutive quarters ending with the last one, oldest first', () => {
    expect(quarterWindow({ year: 2027, quarter: 2 }, 4)).to.deep.equal([
      { year: 2026, quarter: 3 },
      { year: 2026, quarter: 4 },
      { year: 2027, quarter: 1 },
      { year: 2027, quarter: 2 },
    ]);
    expect(quarterWindow({ year: 2026, quarter: 4 }, 1)).to.deep.equal([{ year: 2026, quarter: 4 }]);
  });

  it('orders quarters chronologically', () => {
    expect(compareQuarters({ year: 2026, quarter: 4 }, { year: 2027, quarter: 1 })).to.be.lessThan(0);
    expect(compareQuarters({ year: 2026, quarter: 2 }, { year: 2026, quarter: 2 })).to.equal(0);
  });
});
