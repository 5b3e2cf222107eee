import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the Adaptive Card templates shipped with the bot (cards/*.json). */
export const CARDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cards');

let templates: Map<string, unknown> | undefined;

/** Loads every template once; later calls reuse them (templates are data, not code). */
export function loadCardTemplates(dir = CARDS_DIR): Map<string, unknown> {
  if (templates && dir === CARDS_DIR) return templates;
  const loaded = new Map<string, unknown>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const file = path.join(dir, name);
    try {
      loaded.set(name.slice(0, -'.json'.length), JSON.parse(readFileSync(file, 'utf8')));
    } catch (error) {
      throw new Error(`Mẫu thẻ hỏng / broken card template ${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  if (dir === CARDS_DIR) templates = loaded;
  return loaded;
}
