import { expect } from 'chai';
import path from 'node:path';
import { loadCardTemplates } from '../../src/cards/card-templates.ts';
import { renderCard } from '../../src/cards/render-card.ts';
import { REPO_ROOT } from './bot-process.ts';
import { startCardGalleryBot, type CardGalleryBot } from './card-gallery-bot.ts';
import { CARD_SAMPLES } from './card-samples.ts';
import { PlaygroundSession } from './playground-harness.ts';

const OUTPUT_DIR = path.join(REPO_ROOT, 'test-output', 'e2e');

// Every template in cards/, rendered once in the Playground's Adaptive Card renderer (the same
// technology as Teams): a feature the renderer cannot show appears as a warning in its log panel.
describe('card templates in the Agents Playground', function () {
  let bot: CardGalleryBot | undefined;
  let pg: PlaygroundSession | undefined;

  after(async function () {
    await pg?.stop();
    await bot?.close();
  });

  it('has sample data for every template in cards/', function () {
    expect(Object.keys(CARD_SAMPLES).sort()).to.deep.equal([...loadCardTemplates().keys()].sort());
  });

  it('renders every template with no renderer warning or error', async function () {
    // A template without a sample is reported by the test above; render the others.
    const names = [...loadCardTemplates().keys()].filter((name) => CARD_SAMPLES[name]).sort();
    const cards = new Map(names.map((name) => [name, renderCard(name, CARD_SAMPLES[name]!.data)]));
    bot = await startCardGalleryBot(cards);
    pg = await PlaygroundSession.start({ botUrl: bot.url, outputDir: OUTPUT_DIR });
    const warningsByCard: Record<string, string[]> = {};
    let seen = 0;
    for (const name of names) {
      await pg.sendText(name);
      await pg.waitForCardText(CARD_SAMPLES[name]!.shows);
      await pg.screenshot(`gallery-${name}`);
      const warnings = await pg.logPanelWarnings();
      if (warnings.length > seen) warningsByCard[name] = warnings.slice(seen);
      seen = warnings.length;
    }
    expect(bot.problems, 'replies the stub bot could not post').to.deep.equal([]);
    expect(warningsByCard, 'Playground log panel warnings/errors per card').to.deep.equal({});
  });
});
