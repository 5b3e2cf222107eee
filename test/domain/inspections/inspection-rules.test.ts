import { expect } from 'chai';
import { createWorkingCalendar, DEFAULT_WORKING_HOURS } from '../../../src/domain/calendar/index.ts';
import { parseEvidenceLinks } from '../../../src/domain/inspections/evidence-links.ts';
import type { Inspection, InspectionDraft } from '../../../src/domain/inspections/inspection-model.ts';
import { concludeMeasure, teamOf, teamRole, unitsWithoutFinding } from '../../../src/domain/inspections/inspection-rules.ts';
import { dueSelfReportReminders } from '../../../src/domain/inspections/self-report-reminders.ts';
import { validateInspection } from '../../../src/domain/inspections/validate-inspection.ts';

const pool = { isCommitteeMember: (id: string) => ['lead', 'dep', 'mem'].includes(id), isUnit: (id: string) => ['u1', 'u2'].includes(id) };
const draft = (overrides: Partial<InspectionDraft> = {}): InspectionDraft => ({
  content: 'Kiểm tra CCHC', unitIds: ['u1', 'u2'], periodFrom: '2026-11-30', periodTo: '2026-12-11', deadline: '2026-11-27', leaderId: 'lead', deputyLeaderId: 'dep', memberIds: ['mem'], ...overrides,
});
const inspection = (overrides: Partial<Inspection> = {}): Inspection => ({
  ...draft(), id: 'insp-1', organiserIds: ['tt'], createdBy: 'tt', createdAt: '2026-11-20T02:00:00.000Z', status: 'open', selfReports: {}, findings: {}, delivered: [], ...overrides,
});

describe('inspection rules (Điều 8)', () => {
  it('accepts a complete draft and names each problem of a bad one', () => {
    expect(validateInspection(draft(), pool, '2026-11-20')).to.deep.equal([]);
    expect(validateInspection(draft({ deadline: '2026-11-19' }), pool, '2026-11-20')).to.deep.equal(['deadline-past']);
    expect(validateInspection(draft({ leaderId: 'outsider' }), pool, '2026-11-20')).to.deep.equal(['leader-not-member']);
    expect(validateInspection(draft({ deputyLeaderId: 'lead' }), pool, '2026-11-20')).to.deep.equal(['leader-is-deputy']);
    expect(validateInspection(draft({ unitIds: [] }), pool, '2026-11-20')).to.deep.equal(['no-unit']);
    expect(validateInspection(draft({ content: '', periodTo: '2026-11-01', memberIds: ['x'] }), pool, '2026-11-20')).to.deep.equal(['no-content', 'period-order', 'member-not-committee']);
  });

  it('knows the team and who is on it', () => {
    expect(teamOf(inspection())).to.deep.equal(['lead', 'dep', 'mem']);
    expect(teamRole(inspection(), 'dep')).to.equal('deputyLeader');
    expect(teamRole(inspection(), 'someone')).to.equal(undefined);
    expect(unitsWithoutFinding(inspection({ findings: { u1: { verdict: 'meets', findings: 'ok', proposal: '', by: 'lead', at: '' } } }))).to.deep.equal(['u2']);
  });

  it('marks a concluded measure adjusted only when it differs from the proposal', () => {
    const i = inspection({ findings: { u1: { verdict: 'partly', findings: 'thiếu', proposal: 'Bổ sung hồ sơ', by: 'lead', at: '' } } });
    expect(concludeMeasure(i, 'u1', 'Bổ sung hồ sơ', '2026-12-31', 't1').adjusted).to.equal(false);
    expect(concludeMeasure(i, 'u1', 'Bổ sung hồ sơ trước 31/12', '2026-12-31', 't1').adjusted).to.equal(true);
  });

  it('takes only https evidence links', () => {
    expect(parseEvidenceLinks('https://a.example.gov.vn/x\n https://a.example.gov.vn/x https://b.example.gov.vn')).to.deep.equal({ ok: true, links: ['https://a.example.gov.vn/x', 'https://b.example.gov.vn/'] });
    expect(parseEvidenceLinks('')).to.deep.equal({ ok: true, links: [] });
    expect(parseEvidenceLinks('ftp://a.example.gov.vn/x')).to.deep.equal({ ok: false, bad: 'ftp://a.example.gov.vn/x' });
    expect(parseEvidenceLinks('javascript:alert(1)')).to.deep.equal({ ok: false, bad: 'javascript:alert(1)' });
    expect(parseEvidenceLinks('hồ sơ')).to.deep.equal({ ok: false, bad: 'hồ' });
  });

  it('reminds units without a self-report on the ladder, collapsing missed rungs, never before the inspection began', () => {
    const cal = createWorkingCalendar({ years: {} } as never);
    const settings = { daysBefore: [3, 1], atTime: '08:30', maxOverdue: 3, workingHours: DEFAULT_WORKING_HOURS, deadlinePolicy: 'next' as const };
    const reported = inspection({ selfReports: { u1: { text: 'x', evidence: [], by: 'h', at: '', version: 1 } } });
    // Thursday 26/11 09:00: before-3 (Tue) and before-1 (Thu) are due for u2 in one message.
    const due = dueSelfReportReminders(reported, cal, settings, new Date('2026-11-26T02:00:00Z'), new Set());
    expect(due).to.deep.equal([{ unitId: 'u2', covers: ['u2.before-3', 'u2.before-1'], deadline: '2026-11-27', workingDaysLeft: 1 }]);
    expect(dueSelfReportReminders(reported, cal, settings, new Date('2026-11-26T02:00:00Z'), new Set(due[0]!.covers))).to.deep.equal([]);
    expect(dueSelfReportReminders(reported, cal, settings, new Date('2026-11-20T01:00:00Z'), new Set())).to.deep.equal([]);
    expect(dueSelfReportReminders({ ...reported, status: 'reported' }, cal, settings, new Date('2026-11-26T02:00:00Z'), new Set())).to.deep.equal([]);
  });
});
