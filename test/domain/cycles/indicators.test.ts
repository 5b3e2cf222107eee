import { expect } from 'chai';
import type { Unit } from '../../../src/domain/committee/committee.ts';
import { validateAnswers } from '../../../src/domain/cycles/validate-answers.ts';
import type { Indicator } from '../../../src/domain/indicators/indicator-schema.ts';
import { indicatorsFor, parseWholeNumber } from '../../../src/domain/indicators/indicators.ts';
import { keyFigures } from '../../../src/domain/report/key-figures.ts';
import { ErrorCode } from '../../../src/errors/coded-error.ts';
import { validateIndicators } from '../../../src/store/read-indicators.ts';

const indicator = (id: string, applies: Partial<Indicator>): Indicator => ({ id, label: { vi: `Chỉ tiêu ${id}`, en: `Indicator ${id}` }, unit: { vi: 'hồ sơ', en: 'files' }, ...applies });
const LIST = [indicator('a', { parArea: 'tthc' }), indicator('b', { units: ['kinh-te'] }), indicator('c', { allUnits: true })];
const unit = (id: string, parAreas: Unit['parAreas']): Unit => ({ id, name: `Phòng ${id}`, area: '', parAreas, head: 'h' });

describe('indicators (key figures)', () => {
  it('reads whole numbers as offices type them and nothing else', () => {
    expect(['0', '1250', '1.250', '1,250', '1 250', ' 12 ', '1.250.000'].map(parseWholeNumber)).to.deep.equal([0, 1250, 1250, 1250, 1250, 12, 1250000]);
    for (const bad of ['-3', '1,5', '1.5', '12a', '', '١٢', '1e3', '10000000000']) expect(parseWholeNumber(bad), bad).to.equal(undefined);
  });

  it('asks a unit the indicators of its PAR areas, those naming it and those for every unit', () => {
    expect(indicatorsFor(unit('kinh-te', ['the-che']), LIST).map((i) => i.id)).to.deep.equal(['b', 'c']);
    expect(indicatorsFor(unit('van-xa', ['tthc']), LIST).map((i) => i.id)).to.deep.equal(['a', 'c']);
  });

  it('refuses a figure that is not a whole number ≥ 0 and keeps the good ones', () => {
    const u = unit('kinh-te', ['tthc']);
    expect(validateAnswers(u, undefined, { area_tthc: 'x', ind_a: '-3', ind_c: '1,5' }, { indicators: LIST }).problems).to.deep.equal([
      { field: 'ind_a', problem: 'notWholeNumber' },
      { field: 'ind_c', problem: 'notWholeNumber' },
    ]);
    expect(validateAnswers(u, undefined, { area_tthc: 'x', ind_a: '1.250', ind_c: '' }, { indicators: LIST }).answers!.indicators).to.deep.equal({ a: 1250 });
  });

  it('sums each indicator over the units asked, counting who reported it', () => {
    const units = [unit('kinh-te', ['tthc']), unit('van-xa', ['tthc']), unit('do-thi', ['the-che'])];
    const answers: Record<string, Record<string, number>> = { 'kinh-te': { a: 10, b: 2 }, 'van-xa': { a: 5, c: 0 } };
    const figures = keyFigures(LIST, units, (id) => answers[id]);
    expect(figures.map((f) => [f.id, f.total, f.unitsReported, f.unitsAsked])).to.deep.equal([
      ['a', 15, 2, 2],
      ['b', 2, 1, 1],
      ['c', 0, 1, 3],
    ]);
  });

  it('validates the list file: the rule a unit must be named, unique ids, known units', () => {
    const units = new Set(['kinh-te']);
    const fail = (raw: unknown) => {
      try {
        validateIndicators(raw, 'data/indicators.json', units);
      } catch (error) {
        return error as Error & { code: string };
      }
      throw new Error('accepted');
    };
    const noTarget = fail({ indicators: [{ id: 'x', label: { vi: 'X', en: 'X' }, unit: { vi: 'hồ sơ', en: 'files' } }] });
    expect(noTarget.code).to.equal(ErrorCode.DataFileInvalid);
    expect(noTarget.message).to.include('indicators[0] (x)').and.include('parArea');
    expect(fail({ indicators: [indicator('x', { allUnits: true }), indicator('x', { allUnits: true })] }).message).to.include('indicators[1] (x)').and.include('bị trùng');
    expect(fail({ indicators: [indicator('x', { units: ['khong-co'] })] }).message).to.include('khong-co');
    expect(fail({ indicators: [{ ...indicator('x', { allUnits: true }), label: { vi: 'X' } }] }).message).to.include('label');
    expect(validateIndicators({ indicators: LIST }, 'f', new Set(['kinh-te']))).to.have.length(3);
  });
});

describe('every unit\'s duties and the other-area result on the form', () => {
  const u = unit('kinh-te', ['the-che']);
  it('keeps the duty text and an out-of-area result with its area', () => {
    const { answers } = validateAnswers(u, undefined, { 'area_the-che': 'x', 'duty_tuyen-truyen': ' Quán triệt ', otherArea: 'tthc', otherAreaText: 'Hỗ trợ một cửa' });
    expect(answers!.duties).to.deep.equal({ 'tuyen-truyen': 'Quán triệt' });
    expect(answers!.otherArea).to.deep.equal({ area: 'tthc', text: 'Hỗ trợ một cửa' });
  });

  it('refuses text without an area, an assigned or unknown area, and an area without text', () => {
    const problems = (raw: Record<string, string>) => validateAnswers(u, undefined, { 'area_the-che': 'x', ...raw }).problems;
    expect(problems({ otherAreaText: 'y' })).to.deep.equal([{ field: 'otherArea', problem: 'required' }]);
    expect(problems({ otherArea: 'the-che', otherAreaText: 'y' })).to.deep.equal([{ field: 'otherArea', problem: 'badChoice' }]);
    expect(problems({ otherArea: 'khac', otherAreaText: 'y' })).to.deep.equal([{ field: 'otherArea', problem: 'badChoice' }]);
    expect(problems({ otherArea: 'tthc' })).to.deep.equal([{ field: 'otherAreaText', problem: 'required' }]);
  });
});
