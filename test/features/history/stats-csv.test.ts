import { expect } from 'chai';
import type { UnitStats } from '../../../src/domain/stats/unit-stats.ts';
import { statsCsv } from '../../../src/features/history/stats-csv.ts';
import type { StatsView } from '../../../src/features/history/stats-data.ts';

function createUnitStats(overrides: Partial<UnitStats> = {}): UnitStats {
  return { unitId: 'a', onTime: 1, late: 0, missing: 0, pending: 0, outcomes: [{ kind: 'on-time', submittedOn: '2026-12-01' }], ...overrides };
}

function createView(rows: UnitStats[], names: Record<string, string>): StatsView {
  return {
    quarters: [
      { quarter: { year: 2026, quarter: 3 }, id: '2026-q3', label: 'Quý III/2026' },
      { quarter: { year: 2026, quarter: 4 }, id: '2026-q4', label: 'Quý IV/2026', cycleId: '2026-q4' },
    ],
    rows,
    unitNames: new Map(Object.entries(names)),
    totals: { onTime: 1, late: 1, missing: 0, pending: 0, meanDelayDays: 3 },
    attendance: [],
    memberNames: new Map(),
  };
}

describe('statistics CSV', () => {
  it('escapes quotes, commas and line breaks in unit names so every row keeps its columns', () => {
    const csv = statsCsv(
      createView(
        [createUnitStats({ unitId: 'a' }), createUnitStats({ unitId: 'b', onTime: 0, late: 1, meanDelayDays: 3, outcomes: [{ kind: 'late', submittedOn: '2026-12-15', delayDays: 3 }] })],
        { a: 'Phòng "Một cửa", liên thông', b: 'Ban A\nBan B' },
      ),
    );
    const body = csv.slice(1);
    expect(body).to.include('"1","Phòng ""Một cửa"", liên thông","1","0","0","0","","Không mở kỳ","Đúng hạn"\r\n');
    expect(body).to.include('"2","Ban A\nBan B","0","1","0","0","3","Không mở kỳ","Trễ 3 ngày làm việc"\r\n');
    expect(body.endsWith('"","Tổng cộng","1","1","0","0","3","",""\r\n')).to.equal(true);
  });

  it('starts with the UTF-8 BOM and has Vietnamese headers with one column per quarter', () => {
    const csv = statsCsv(createView([createUnitStats()], { a: 'Phòng Tổng hợp' }));
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).to.equal('"STT","Đơn vị","Đúng hạn","Trễ hạn","Chưa nộp","Chưa đến hạn","Trễ bình quân (ngày làm việc)","Quý III/2026","Quý IV/2026"');
  });
});
