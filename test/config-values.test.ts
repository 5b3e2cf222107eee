// Tests src/config-values.ts: one variable's value through its zod schema, bad values collected, not thrown.
import { expect } from 'chai';
import { dayList, hhmm, integer, oneOf, readVar } from '../src/config-values.ts';

describe('config values (zod)', () => {
  it('uses the fallback for an unset or blank variable, and trims a set one', () => {
    const problems: string[] = [];
    expect(readVar({}, 'PORT', integer(0, 65535), 3978, problems)).to.equal(3978);
    expect(readVar({ PORT: '   ' }, 'PORT', integer(0, 65535), 3978, problems)).to.equal(3978);
    expect(readVar({ PORT: ' 8080 ' }, 'PORT', integer(0, 65535), 3978, problems)).to.equal(8080);
    expect(problems).to.deep.equal([]);
  });

  it('collects every bad value as NAME="value" and a bilingual reason, keeping the fallback', () => {
    const problems: string[] = [];
    expect(readVar({ PORT: '1.5' }, 'PORT', integer(0, 65535), 3978, problems)).to.equal(3978);
    expect(readVar({ WORK_START: '7:30' }, 'WORK_START', hhmm, '07:30', problems)).to.equal('07:30');
    expect(readVar({ DEADLINE_POLICY: 'later' }, 'DEADLINE_POLICY', oneOf(['next', 'previous']), 'next', problems)).to.equal('next');
    expect(problems).to.deep.equal([
      'PORT="1.5" phải là số nguyên từ 0 đến 65535 / must be an integer between 0 and 65535',
      'WORK_START="7:30" phải có dạng HH:mm / must be HH:mm',
      'DEADLINE_POLICY="later" phải là next hoặc previous / must be next or previous',
    ]);
  });

  it('reads reminder day lists with , ; or | and never turns an empty item into day 0', () => {
    expect(dayList.parse('3,,1')).to.deep.equal([3, 1]);
    expect(dayList.parse('5; 2 | 0')).to.deep.equal([5, 2, 0]);
    expect(dayList.safeParse('3,x').success).to.equal(false);
    expect(dayList.safeParse('31').success).to.equal(false);
  });
});
