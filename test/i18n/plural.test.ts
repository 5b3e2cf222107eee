import { expect } from 'chai';
import { count, pluralForm } from '../../src/i18n/plural.ts';

describe('plural rules', () => {
  const UNITS = { one: 'unit', other: 'units' };

  it('says "1 unit" and "2 units" in English, and zero takes the plural', () => {
    expect(count('en', 1, UNITS)).to.equal('1 unit');
    expect(count('en', 2, UNITS)).to.equal('2 units');
    expect(count('en', 0, UNITS)).to.equal('0 units');
  });

  it('has one form in Vietnamese, whatever the number', () => {
    expect(count('vi', 1, { other: 'đơn vị' })).to.equal('1 đơn vị');
    expect(pluralForm('vi', 1, { one: 'never used', other: 'đơn vị' })).to.equal('đơn vị');
  });
});
