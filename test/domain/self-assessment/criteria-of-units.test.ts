import { expect } from 'chai';
import { criteriaOfUnits } from '../../../src/domain/self-assessment/criteria-of-units.ts';
import { saveScores } from '../../../src/domain/self-assessment/self-assessment.ts';
import { assessmentTotals } from '../../../src/domain/self-assessment/totals.ts';
import { createSet } from './create-criteria-set.ts';

const entry = (score: number) => ({ score, explanation: 'x', evidence: [] });

describe('criteriaOfUnits: the part of a criteria set some units score', () => {
  it('keeps only their criteria and sub-criteria, scored by them alone, with the maxima added up again', () => {
    const set = createSet();
    const own = criteriaOfUnits(set, ['b']);
    expect(own.areas.map((a) => a.id)).to.deep.equal(['1', '2']);
    const c11 = own.areas[0]!.criteria[0]!;
    expect(c11.maxPoints).to.equal(1);
    expect(c11.subCriteria!.map((s) => [s.id, s.units])).to.deep.equal([['1.1.2', ['b']]]);
    expect(own.areas[1]!.criteria[0]).to.include({ id: '2.1', maxPoints: 1.5 });
    expect(set.areas[0]!.criteria[0]!.maxPoints, 'the set itself is unchanged').to.equal(2);
  });

  it('counts a unit its own score where the Office counts the lowest of several units', () => {
    const a = saveScores(undefined, 2026, 'a', { '1.1.1': entry(1), '1.1.2': entry(1) }, 'ha', 't').scores;
    const b = saveScores(undefined, 2026, 'b', { '1.1.2': entry(0.5) }, 'hb', 't').scores;
    const scores = new Map([['a', a], ['b', b]]);
    expect(assessmentTotals(createSet(), scores).areas[0]).to.include({ points: 1.5, maxPoints: 2 });
    expect(assessmentTotals(criteriaOfUnits(createSet(), ['a']), scores).areas.map((x) => [x.areaId, x.points, x.maxPoints])).to.deep.equal([['1', 2, 2]]);
  });

  it('is empty for a unit that scores nothing', () => {
    expect(criteriaOfUnits(createSet(), ['c']).areas).to.deep.equal([]);
  });
});
