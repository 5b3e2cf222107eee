import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MAX_CARD_BYTES, renderCard } from '../../src/cards/render-card.ts';
import { CARDS_DIR } from '../../src/cards/card-templates.ts';
import { buildRegistry } from '../../src/features/registry.ts';
import { CARD_SAMPLES } from '../e2e/card-samples.ts';

// The package's ESM build has extension-less imports Node cannot load; its UMD bundle parses fine in Node.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void; validateProperties(): { validationEvents: Array<{ message: string }> } };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

const templates = readdirSync(CARDS_DIR).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5));

function walk(node: unknown, visit: (obj: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((n) => walk(n, visit));
  }
}

describe('card templates rendered with sample data', () => {
  const verbs = new Set(buildRegistry().verbs.keys());

  it('has a sample for every template in cards/', () => {
    expect(templates.filter((t) => !CARD_SAMPLES[t])).to.deep.equal([]);
  });

  it('renders a reused (cached) template afresh for each data set', () => {
    const first = JSON.stringify(renderCard('whoami', { title: 'Một', facts: [{ label: 'Họ và tên', value: 'Nguyễn Văn A' }] }));
    const second = JSON.stringify(renderCard('whoami', { title: 'Hai', facts: [{ label: 'Họ và tên', value: 'Trần Thị B' }] }));
    expect(first).to.include('Nguyễn Văn A');
    expect(second).to.include('Trần Thị B');
    expect(second).to.not.include('Nguyễn Văn A');
  });

  for (const name of templates) {
    it(`${name}: valid Adaptive Card 1.5, under the Teams size limit, buttons wired to known verbs`, () => {
      const sample = CARD_SAMPLES[name];
      expect(sample, `no sample for ${name}`).to.not.equal(undefined);
      const card = renderCard(name, sample!.data);
      expect(card.version).to.equal('1.5');
      expect(Buffer.byteLength(JSON.stringify(card))).to.be.below(MAX_CARD_BYTES);
      expect(JSON.stringify(card)).to.not.include('${');
      const context = new AC.SerializationContext();
      const parsed = new AC.AdaptiveCard();
      parsed.parse(card, context);
      const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
      expect(events, 'parser warnings').to.deep.equal([]);
      expect(parsed.validateProperties().validationEvents.map((e) => e.message), 'validation').to.deep.equal([]);
      walk(card, (obj) => {
        expect(obj.type, 'Teams replaces cards in place only for Action.Execute').to.not.equal('Action.Submit');
        if (obj.type === 'Action.Execute') expect([...verbs], `unknown verb ${String(obj.verb)}`).to.include(obj.verb);
      });
      expect(JSON.stringify(card)).to.include(sample!.shows);
    });
  }
});
