import { expect } from 'chai';
import { CATALOGUE, messages } from '../../src/i18n/catalogue.ts';

/** Every leaf path of a message tree: "form.title", "reasons.blocked"… */
function paths(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
}

describe('message catalogue', () => {
  it('has the same messages in Vietnamese and English in every namespace', () => {
    for (const [ns, cat] of Object.entries(CATALOGUE)) {
      expect(paths(cat.en).sort(), ns).to.deep.equal(paths(cat.vi).sort());
    }
  });

  it('has no empty message, and Vietnamese text is composed (NFC)', () => {
    for (const locale of ['vi', 'en'] as const) {
      const all = messages(locale);
      for (const [ns, tree] of Object.entries(all)) {
        const walk = (node: unknown, at: string): void => {
          if (typeof node === 'string') {
            expect(node.trim(), `${locale}.${ns}.${at}`).to.not.equal('');
            expect(node, `${locale}.${ns}.${at}`).to.equal(node.normalize('NFC'));
          } else if (typeof node === 'object' && node !== null) for (const [k, v] of Object.entries(node)) walk(v, `${at}.${k}`);
        };
        walk(tree, '');
      }
    }
  });

  it('counts in English with the right plural', () => {
    expect(CATALOGUE.cycle.en.adhoc.created('Chuyển đổi số', 1)).to.include('to 1 unit.');
    expect(CATALOGUE.cycle.en.adhoc.created('Chuyển đổi số', 12)).to.include('to 12 units.');
    expect(CATALOGUE.reminder.en.escalationIntro(1, '10/12/2026')).to.include('1 unit has not reported');
  });
});
