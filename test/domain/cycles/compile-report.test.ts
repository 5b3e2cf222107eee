import { expect } from 'chai';
import { compileReport } from '../../../src/domain/cycles/compile-report.ts';
import type { Cycle } from '../../../src/domain/cycles/cycle.ts';
import type { ReportAnswers, UnitSubmission } from '../../../src/domain/cycles/submission.ts';
import { createTestRoster } from '../../fixtures/committee.ts';

const roster = createTestRoster();
const cycle: Cycle = {
  id: '2026-q4', kind: 'quarterly', label: 'Quý IV/2026', subject: 'Kết quả thực hiện công tác cải cách hành chính Quý IV năm 2026',
  dataFrom: '2026-09-15', dataTo: '2026-12-14', unitDeadline: '2026-12-10', compileDeadline: '2026-12-14',
  targetUnits: ['kinh-te', 'van-xa', 'hanh-chinh-to-chuc'], state: 'open', openedBy: 'thuong-truc', openedAt: '2026-12-01T02:00:00Z',
};

function answers(overrides: Partial<ReportAnswers>): ReportAnswers {
  return { areas: {}, taskNote: '', difficulties: '', proposals: '', nextQuarterTasks: '', evidence: [], answers: [], ...overrides };
}

describe('compiling the Office report', () => {
  const submissions = new Map<string, UnitSubmission>([
    ['kinh-te', { cycleId: '2026-q4', unitId: 'kinh-te', versions: [
      { version: 1, submittedBy: 'truong-kinh-te', at: '2026-12-05T02:00:00Z', late: false, answers: answers({ areas: { 'the-che': 'cũ' } }) },
      { version: 2, submittedBy: 'pho-kinh-te', onBehalfOf: 'truong-kinh-te', at: '2026-12-11T02:00:00Z', late: true, answers: answers({ areas: { 'the-che': 'mới', 'tai-chinh-cong': 'giải ngân 95%' }, difficulties: 'thiếu người', taskStatus: 'in-progress', taskNote: '80%', evidence: ['https://x.example/1'] }) },
    ] }],
    ['hanh-chinh-to-chuc', { cycleId: '2026-q4', unitId: 'hanh-chinh-to-chuc', versions: [
      { version: 1, submittedBy: 'thuong-truc', at: '2026-12-09T02:00:00Z', late: false, answers: answers({ areas: { 'cong-vu': 'tinh giản' }, proposals: 'bổ sung biên chế', nextQuarterTasks: 'rà soát' }) },
    ] }],
  ]);
  const report = compileReport(cycle, roster, submissions, new Date('2026-12-14T03:00:00Z'));

  it('summarises submitted, late and missing units by name', () => {
    expect(report.summary).to.deep.equal({ targetCount: 3, submittedCount: 2, lateCount: 1, missingUnits: [roster.unit('van-xa')!.name] });
  });

  it('gathers the latest version of every unit under each PAR area, in PAR order', () => {
    expect(report.areas.map((a) => a.area)).to.deep.equal(['chi-dao-dieu-hanh', 'the-che', 'tthc', 'to-chuc-bo-may', 'cong-vu', 'tai-chinh-cong', 'chinh-quyen-so']);
    expect(report.areas.find((a) => a.area === 'the-che')!.entries).to.deep.equal([{ unitId: 'kinh-te', unitName: roster.unit('kinh-te')!.name, text: 'mới' }]);
    expect(report.areas.find((a) => a.area === 'cong-vu')!.entries.map((e) => e.text)).to.deep.equal(['tinh giản']);
    expect(report.areas.find((a) => a.area === 'tthc')!.entries).to.deep.equal([]);
  });

  it('gathers difficulties, proposals, next-quarter tasks, task progress and evidence with unit names', () => {
    expect(report.difficulties.map((d) => d.text)).to.deep.equal(['thiếu người']);
    expect(report.proposals.map((d) => [d.unitId, d.text])).to.deep.equal([['hanh-chinh-to-chuc', 'bổ sung biên chế']]);
    expect(report.nextQuarterTasks.map((d) => d.text)).to.deep.equal(['rà soát']);
    expect(report.taskProgress).to.deep.equal([{ unitId: 'kinh-te', unitName: roster.unit('kinh-te')!.name, status: 'in-progress', note: '80%' }]);
    expect(report.evidence.map((e) => e.urls)).to.deep.equal([['https://x.example/1']]);
  });

  it('lists every unit with submission time, timeliness and who submitted for an absent head', () => {
    const kinhTe = report.units.find((u) => u.unitId === 'kinh-te')!;
    expect(kinhTe).to.include({ submittedAt: '2026-12-11T02:00:00Z', onTime: false, version: 2, onBehalfOf: roster.member('pho-kinh-te')!.name });
    expect(report.units.find((u) => u.unitId === 'van-xa')).to.include({ submittedAt: undefined, onTime: undefined });
  });
});
