import { expect } from 'chai';
import { MAX_CARD_BYTES } from '../../../src/cards/render-card.ts';
import type { Inspection } from '../../../src/domain/inspections/inspection-model.ts';
import { requestCard, reviewCard, teamCard } from '../../../src/features/inspections/inspection-cards.ts';
import { createMember, createTestRoster, createUnit } from '../../fixtures/committee.ts';

describe('inspection cards at their largest', () => {
  it('twelve units with every text at its card limit stay under the Teams message size', () => {
    const units = Array.from({ length: 12 }, (_, i) => createUnit({ id: `u${i}`, head: `h${i}`, name: `Phòng Thử nghiệm số ${i + 1} có tên khá dài` }));
    const roster = createTestRoster({ units, members: [...units.map((u) => createMember({ id: u.head, name: `Trưởng ${u.name}` })), createMember({ id: 'tt', roles: ['standing'] }), createMember({ id: 'tb', roles: ['chief'] }), createMember({ id: 'pt', roles: ['deputyChief'] }), createMember({ id: 'tk', roles: ['secretary'] })] });
    const long = (n: number) => 'Nội dung kiểm tra chi tiết, có dấu tiếng Việt đầy đủ. '.repeat(Math.ceil(n / 55)).slice(0, n);
    const inspection: Inspection = {
      id: 'insp-big', content: long(1000), unitIds: units.map((u) => u.id), periodFrom: '2026-11-30', periodTo: '2026-12-11', deadline: '2026-11-27',
      leaderId: 'h0', deputyLeaderId: 'h1', memberIds: units.slice(2).map((u) => u.head), organiserIds: ['tt'], createdBy: 'tt', createdAt: '2026-11-20T02:00:00.000Z', status: 'forwarded', delivered: [],
      selfReports: Object.fromEntries(units.map((u) => [u.id, { text: long(8000), evidence: Array.from({ length: 20 }, (_, k) => `https://vanphong.example.gov.vn/ho-so/${u.id}/tai-lieu-chung-minh-${k}`), by: u.head, at: '2026-11-25T02:00:00.000Z', version: 1 }])),
      findings: Object.fromEntries(units.map((u) => [u.id, { verdict: 'partly' as const, findings: long(4000), proposal: long(2000), by: 'h0', at: '2026-11-26T02:00:00.000Z' }])),
      report: { summary: long(6000), by: 'h0', at: '2026-11-27T02:00:00.000Z' },
      forwarded: { note: long(2000), by: 'tt', at: '2026-11-27T03:00:00.000Z' },
    };
    const app = { roster };
    for (const card of [reviewCard(inspection, 'vi', app, { concludable: true, onBehalfOfChief: true }), teamCard({ ...inspection, status: 'open' }, 'h0', 'vi', app), requestCard({ ...inspection, status: 'open' }, 'u0', 'vi', app)]) {
      expect(Buffer.byteLength(JSON.stringify(card))).to.be.below(MAX_CARD_BYTES);
    }
  });
});
