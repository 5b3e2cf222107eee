import type { CriteriaSet } from '../../../src/domain/par-criteria/criteria-schema.ts';

/** A small criteria set: area 1 with 1.1 (1.1.1 by unit a, 1.1.2 by a and b), area 2 with 2.1 by b. */
export function createSet(overrides: Partial<CriteriaSet> = {}): CriteriaSet {
  return {
    year: 2026,
    title: 'Bộ tiêu chí thử',
    illustrative: true,
    source: 'thử',
    areas: [
      {
        id: '1',
        title: 'Chỉ đạo điều hành',
        criteria: [
          {
            id: '1.1',
            title: 'Kế hoạch',
            maxPoints: 2,
            scoringRule: 'r',
            subCriteria: [
              { id: '1.1.1', title: 'Ban hành', maxPoints: 1, scoringRule: 'r', evidenceRequired: true, units: ['a'] },
              { id: '1.1.2', title: 'Thực hiện', maxPoints: 1, step: 0.5, scoringRule: 'r', units: ['a', 'b'] },
            ],
          },
        ],
      },
      { id: '2', title: 'Thể chế', criteria: [{ id: '2.1', title: 'Rà soát', maxPoints: 1.5, scoringRule: 'r', units: ['b'] }] },
    ],
    ...overrides,
  };
}
