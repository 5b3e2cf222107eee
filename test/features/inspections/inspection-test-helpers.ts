import { expect } from 'chai';
import type { Inspection } from '../../../src/domain/inspections/inspection-model.ts';
import type { TestBot } from '../../helpers/test-bot.ts';

/** Text as it appears inside a JSON body (quotes escaped). */
export const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

/** A complete, valid creation form; tests override what they break. */
export function inspectionForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    token: 'a1b2c3d4e5f6',
    content: 'Việc thực hiện nhiệm vụ CCHC năm 2026 theo Kế hoạch kiểm tra',
    units: 'kinh-te,van-xa',
    periodFrom: '2026-11-30',
    periodTo: '2026-12-11',
    deadline: '2026-11-27',
    leader: 'truong-tong-hop',
    deputyLeader: 'truong-du-an',
    members: 'truong-do-thi',
    ...overrides,
  };
}

/** Every stored inspection. */
export async function inspections(t: TestBot): Promise<Inspection[]> {
  return t.bot.app.repos.inspections.all();
}

/** The one stored inspection; fails when there is not exactly one. */
export async function onlyInspection(t: TestBot): Promise<Inspection> {
  const all = await inspections(t);
  expect(all).to.have.length(1);
  return all[0]!;
}
