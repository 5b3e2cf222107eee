import { createRequire } from 'node:module';
import type * as ACData from 'adaptivecards-templating';
import { CodedError, ErrorCode } from '../errors/coded-error.ts';
import { loadCardTemplates } from './card-templates.ts';
import { expandSimple } from './simple-expand.ts';

/** An Adaptive Card ready to send (plain JSON). */
export type AdaptiveCardJson = Record<string, unknown>;

/** Largest card Teams accepts in one message, with margin for the activity envelope. */
export const MAX_CARD_BYTES = 78 * 1024;

/** Thrown when a card would exceed the Teams message size; callers must split or shorten. */
export class CardTooLargeError extends CodedError {
  readonly template: string;
  readonly bytes: number;

  constructor(template: string, bytes: number) {
    super(ErrorCode.CardTooLarge, `Thẻ "${template}" quá lớn (${bytes} byte > ${MAX_CARD_BYTES}) / card "${template}" is too large`, {
      remedy: 'Rút gọn nội dung hoặc chia thành nhiều thẻ / shorten the content or split it over several cards',
    });
    this.template = template;
    this.bytes = bytes;
  }
}

const require = createRequire(import.meta.url);
let templating: typeof ACData | undefined;

/**
 * The templating library, loaded on first use: importing it (ANTLR-based adaptive-expressions) costs ~0.4 s and
 * ~30 MB, which a start should not wait for before answering /healthz (issue 13). `warmCardTemplating` loads it
 * shortly after the server listens, so the first card seldom pays for it.
 */
function acData(): typeof ACData {
  templating ??= require('adaptivecards-templating') as typeof ACData;
  return templating;
}

/** Loads the templating library now (called shortly after start, off the path of the first request). */
export function warmCardTemplating(): void {
  acData();
}

const compiled = new Map<string, ACData.Template>();

/** Parsing a template costs ~30× its expansion (measured: 1.26 ms vs 0.04 ms), so each is parsed once and reused. */
function compiledTemplate(name: string): ACData.Template {
  let template = compiled.get(name);
  if (!template) {
    const json = loadCardTemplates().get(name);
    if (!json) throw new Error(`Không có mẫu thẻ "${name}" trong cards/ / unknown card template`);
    template = new (acData().Template)(json);
    compiled.set(name, template);
  }
  return template;
}

/**
 * Binds a template from cards/ with data. Data values are inserted as values: text such as
 * "${secret}" typed by a user is never evaluated as an expression.
 */
export function renderCard(name: string, data: Record<string, unknown>): AdaptiveCardJson {
  const json = loadCardTemplates().get(name);
  // Most cards use only plain bindings: expanded directly; the others (and data the subset declines) by the library.
  const card = ((json !== undefined ? expandSimple(json, data) : undefined) ?? compiledTemplate(name).expand({ $root: data })) as AdaptiveCardJson;
  const bytes = Buffer.byteLength(JSON.stringify(card));
  if (bytes > MAX_CARD_BYTES) throw new CardTooLargeError(name, bytes);
  return card;
}
