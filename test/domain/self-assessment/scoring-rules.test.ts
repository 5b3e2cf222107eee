import { expect } from 'chai';
import { parseAssessmentArgs } from '../../../src/domain/self-assessment/parse-args.ts';
import { checkEntry, parseScore } from '../../../src/domain/self-assessment/score-entry.ts';
import { itemsOfUnit, responsibleUnits, scoredItems, type ScoredItem } from '../../../src/domain/self-assessment/scored-items.ts';
import { countedScore, reviewScores, saveScores } from '../../../src/domain/self-assessment/self-assessment.ts';
import { assessmentTotals, criterionPoints, percentage } from '../../../src/domain/self-assessment/totals.ts';
import { createSet } from './create-criteria-set.ts';

const item = (id: string): ScoredItem => scoredItems(createSet()).find((i) => i.id === id)!;
const entry = (score: number) => ({ score, explanation: 'x', evidence: [] });

describe('self-assessment scoring rules', () => {
  it('scored items are the leaves, with the step of the set or the default 0.25', () => {
    expect(scoredItems(createSet()).map((i) => [i.id, i.step])).to.deep.equal([['1.1.1', 0.25], ['1.1.2', 0.5], ['2.1', 0.25]]);
    expect(itemsOfUnit(createSet(), 'b').map((i) => i.id)).to.deep.equal(['1.1.2', '2.1']);
    expect(responsibleUnits(createSet())).to.deep.equal(['a', 'b']);
  });

  it('reads scores with a comma or a dot, nothing else', () => {
    expect(parseScore('0,75')).to.equal(0.75);
    expect(parseScore('1.5')).to.equal(1.5);
    expect(parseScore('1,5 điểm')).to.equal(undefined);
    expect(parseScore('')).to.equal(undefined);
  });

  it('refuses above the maximum, off the step, negative, without explanation, and without required https evidence', () => {
    const kinds = (id: string, score: string, explanation = 'x', evidence = '') => checkEntry(item(id), { score, explanation, evidence }).problems.map((p) => p.kind);
    expect(kinds('1.1.2', '1,5')).to.deep.equal(['score-above-max']);
    expect(kinds('1.1.2', '0,25')).to.deep.equal(['score-off-step']);
    expect(kinds('2.1', '-1')).to.deep.equal(['score-negative']);
    expect(kinds('2.1', '')).to.deep.equal(['score-missing']);
    expect(kinds('2.1', '1', '')).to.deep.equal(['explanation-missing']);
    expect(kinds('1.1.1', '1')).to.deep.equal(['evidence-missing']);
    expect(kinds('1.1.1', '1', 'x', 'http://a.example/b javascript:alert(1)')).to.deep.equal(['evidence-not-https', 'evidence-not-https']);
    expect(checkEntry(item('1.1.1'), { score: '1', explanation: ' x ', evidence: 'https://a.example/b\nhttps://a.example/c' }).entry).to.deep.equal({ score: 1, explanation: 'x', evidence: ['https://a.example/b', 'https://a.example/c'] });
  });

  it('keeps versions; the same entries are no new version', () => {
    const first = saveScores(undefined, 2026, 'a', { '1.1.1': entry(1) }, 'm', 't1');
    expect(first.changed).to.equal(true);
    expect(saveScores(first.scores, 2026, 'a', { '1.1.1': entry(1) }, 'm', 't2').changed).to.equal(false);
    const second = saveScores(first.scores, 2026, 'a', { '1.1.1': entry(0.5) }, 'm', 't3');
    expect(second.scores.versions.map((v) => v.version)).to.deep.equal([1, 2]);
  });

  it('a review adjusts with a note; a later version needs a new review', () => {
    const v1 = saveScores(undefined, 2026, 'a', { '1.1.1': entry(1), '1.1.2': entry(1) }, 'm', 't1').scores;
    expect(reviewScores(v1, 1, { '1.1.1': { score: 0.5, note: '' } }, 's', 't').ok).to.equal(false);
    expect(reviewScores(v1, 2, { '1.1.1': { score: 1, note: '' } }, 's', 't')).to.deep.include({ ok: false, reason: 'stale-version' });
    const reviewed = reviewScores(v1, 1, { '1.1.1': { score: 0.5, note: 'thiếu quyết định' }, '1.1.2': { score: 1, note: '' } }, 's', 't');
    if (!reviewed.ok) throw new Error('refused');
    expect(reviewed.adjusted).to.deep.equal(['1.1.1']);
    expect(countedScore(reviewed.scores, '1.1.1')).to.equal(0.5);
    const v2 = saveScores(reviewed.scores, 2026, 'a', { '1.1.1': entry(0.75), '1.1.2': entry(1) }, 'm', 't2').scores;
    expect(countedScore(v2, '1.1.1')).to.equal(0.75);
  });

  it('totals: a shared criterion counts the lowest unit score, only once every unit scored; areas, overall, percentages', () => {
    const set = createSet();
    const a = saveScores(undefined, 2026, 'a', { '1.1.1': entry(1), '1.1.2': entry(1) }, 'm', 't').scores;
    const onlyA = assessmentTotals(set, new Map([['a', a]]));
    expect(onlyA.items.find((i) => i.item.id === '1.1.2')!.scored).to.equal(false);
    expect(onlyA).to.include({ itemsScored: 1, itemsTotal: 3, points: 1, maxPoints: 3.5 });
    const b = saveScores(undefined, 2026, 'b', { '1.1.2': entry(0.5), '2.1': entry(1.25) }, 'm', 't').scores;
    const both = assessmentTotals(set, new Map([['a', a], ['b', b]]));
    expect(both.areas.map((x) => [x.areaId, x.points, x.maxPoints, x.percent])).to.deep.equal([['1', 1.5, 2, 75], ['2', 1.25, 1.5, 83.3]]);
    expect(both).to.include({ points: 2.75, itemsScored: 3, percent: 78.6 });
    expect(criterionPoints(both, '1.1')).to.equal(1.5);
    expect(percentage(1, 0)).to.equal(0);
  });

  it('reads the command arguments in any order', () => {
    expect(parseAssessmentArgs('2026 hạn 15/12/2026')).to.deep.include({ year: 2026, deadline: '2026-12-15', rest: '' });
    expect(parseAssessmentArgs('due 15/12/2026 year 2027')).to.deep.include({ year: 2027, deadline: '2026-12-15' });
    expect(parseAssessmentArgs('hạn 31/02/2026')).to.deep.equal({ deadlineText: '31/02/2026', rest: '' });
    expect(parseAssessmentArgs('abc').rest).to.equal('abc');
  });
});
