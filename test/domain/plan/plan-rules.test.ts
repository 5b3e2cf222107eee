import { expect } from 'chai';
import { parseCsv } from '../../../src/domain/plan/parse-csv.ts';
import { parsePlanQuery } from '../../../src/domain/plan/parse-plan-query.ts';
import { parsePlanRows } from '../../../src/domain/plan/parse-plan-rows.ts';
import { applyProgress, isOverdue, mergeReimport } from '../../../src/domain/plan/plan-progress.ts';
import { dueDate, parseTaskDeadline } from '../../../src/domain/plan/task-deadline.ts';

const UNITS = [
  { id: 'kinh-te', name: 'Phòng Kinh tế' },
  { id: 'tong-hop', name: 'Phòng Tổng hợp' },
];
const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Lĩnh vực', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn', 'Sản phẩm'];

describe('plan rules', () => {
  it('reads deadlines as dates within the year or quarters', () => {
    expect(parseTaskDeadline('30/06/2026', 2026)).to.deep.equal({ kind: 'date', date: '2026-06-30' });
    expect(parseTaskDeadline('30/06/2025', 2026)).to.equal(undefined);
    expect(parseTaskDeadline('quy ii', 2026)).to.deep.equal({ kind: 'quarter', quarter: 2 });
    expect(parseTaskDeadline('q4', 2026)).to.deep.equal({ kind: 'quarter', quarter: 4 });
    expect(parseTaskDeadline('iii/2027', 2026)).to.equal(undefined);
    expect(dueDate({ kind: 'quarter', quarter: 1 }, 2026)).to.equal('2026-03-31');
  });

  it('parses CSV with quotes, doubled quotes, a BOM and Excel’s semicolons', () => {
    expect(parseCsv('\uFEFFa;b\r\n"x; y";"say ""hi"""\n')).to.deep.equal([['a', 'b'], ['x; y', 'say "hi"']]);
    expect(parseCsv('a,b\n1,2')).to.deep.equal([['a', 'b'], ['1', '2']]);
  });

  it('finds the header under a title, marks an illustrative plan and matches areas and units loosely', () => {
    const parsed = parsePlanRows([['Kế hoạch minh họa'], HEADER, ['1', 'Việc', 'Cải cách thể chế', 'phong kinh te', 'Tổng hợp', 'Quý I', 'Báo cáo']], 2026, UNITS);
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    expect(parsed.illustrative).to.equal(true);
    expect(parsed.tasks[0]).to.include({ id: 't-1', area: 'the-che', leadUnitId: 'kinh-te', status: 'not-started' });
    expect(parsed.tasks[0]!.cooperatingUnitIds).to.deep.equal(['tong-hop']);
  });

  it('collects every problem of every row, and a missing column at the header row', () => {
    const parsed = parsePlanRows([HEADER, ['1', 'A', 'x', 'kinh-te', '', 'Quý I', 'B'], ['1', 'A', 'tthc', 'kinh-te', '', 'Quý I', 'B']], 2026, UNITS);
    expect(parsed.ok ? [] : parsed.errors).to.deep.equal([
      { row: 2, problem: { kind: 'unknownArea', value: 'x' } },
      { row: 3, problem: { kind: 'duplicateNumber', value: '1' } },
    ]);
    const noOutput = parsePlanRows([HEADER.slice(0, 6)], 2026, UNITS);
    expect(noOutput.ok ? [] : noOutput.errors).to.deep.equal([{ row: 1, problem: { kind: 'missing', column: 'output' } }]);
  });

  it('records a task done after its deadline as late, and keeps progress across a re-import', () => {
    const parsed = parsePlanRows([HEADER, ['1', 'A', 'tthc', 'kinh-te', '', '31/03/2026', 'B']], 2026, UNITS);
    if (!parsed.ok) throw new Error('fixture');
    const task = parsed.tasks[0]!;
    expect(isOverdue(task, 2026, '2026-04-01')).to.equal(true);
    const done = applyProgress(task, 2026, { status: 'done', result: 'Xong', at: '2026-04-02T02:00:00Z', by: 'm', today: '2026-04-02' });
    expect(done).to.include({ status: 'done', doneOn: '2026-04-02', late: true, result: 'Xong' });
    expect(isOverdue(done, 2026, '2026-04-03')).to.equal(false);
    const merged = mergeReimport({ year: 2026, tasks: [done], source: 'x', importedAt: '', importedBy: '', illustrative: false }, [task]);
    expect(merged[0]).to.include({ status: 'done', late: true });
  });

  it('reads plan queries in any order', () => {
    expect(parsePlanQuery('2026 Phòng Kinh tế quý II quá hạn')).to.deep.equal({ year: 2026, quarter: 2, status: 'overdue', unitText: 'phong kinh te' });
    expect(parsePlanQuery('')).to.deep.equal({ unitText: '' });
  });
});
