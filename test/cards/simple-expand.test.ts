import { expect } from 'chai';
import { createRequire } from 'node:module';
import type * as ACData from 'adaptivecards-templating';
import { loadCardTemplates } from '../../src/cards/card-templates.ts';
import { expandSimple } from '../../src/cards/simple-expand.ts';
import { CARD_SAMPLES } from '../e2e/card-samples.ts';

const AC = createRequire(import.meta.url)('adaptivecards-templating') as typeof ACData;
const library = (template: unknown, data: Record<string, unknown>) => new AC.Template(template).expand({ $root: data }) as unknown;

describe('simple card expansion: what the templating library gives, or declined', () => {
  const templates = loadCardTemplates();

  it('every card sample: the same card as the library wherever the subset answers (the receipt and most others)', () => {
    const answered: string[] = [];
    for (const [name, sample] of Object.entries(CARD_SAMPLES)) {
      const template = templates.get(name);
      if (!template) continue;
      const fast = expandSimple(template, sample.data);
      if (fast === undefined) continue;
      answered.push(name);
      expect(fast, name).to.deep.equal(library(template, sample.data));
    }
    expect(answered).to.include.members(['report-receipt', 'whoami']);
    expect(answered.length, `answered: ${answered.join(', ')}`).to.be.greaterThan(5);
  });

  it('the library\'s results for the subset: a value typed as given, an empty list and a false condition drop the element', () => {
    const template = { a: '${text}', n: '${count}', b: '${flag}', $schema: 'x', body: [{ $data: '${rows}', v: '${label}' }, { $when: "${note != ''}", t: '${note}' }, { $when: '${flag}', k: 1 }] };
    for (const data of [
      { text: 'Văn bản ${x} "trích dẫn"', count: 3, flag: true, rows: [{ label: 'L1' }, { label: '${evil}' }], note: 'ghi chú' },
      { text: '', count: 0, flag: false, rows: [], note: '' },
    ]) {
      expect(expandSimple(template, data)).to.deep.equal(library(template, data));
    }
  });

  it('declines what the library would treat otherwise: a missing name, text around a binding, other expressions, $when outside a list', () => {
    expect(expandSimple({ a: '${missing}' }, {})).to.equal(undefined);
    expect(expandSimple({ a: 'Hạn ${due}' }, { due: '10/12' })).to.equal(undefined);
    expect(expandSimple({ a: '${count(rows)}' }, { rows: [] })).to.equal(undefined);
    expect(expandSimple({ a: '${top}', body: [{ $data: '${rows}', v: '${top}' }] }, { top: 'T', rows: [{}] }), 'a root name inside an item').to.equal(undefined);
    expect(expandSimple({ x: { $when: '${flag}', a: 1 } }, { flag: false })).to.equal(undefined);
    expect(expandSimple({ body: [{ $data: '${rows}', $when: '${flag}' }] }, { rows: [], flag: true })).to.equal(undefined);
    expect(expandSimple({ a: '${obj}' }, { obj: { x: 1 } })).to.equal(undefined);
  });
});
