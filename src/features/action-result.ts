import type { AdaptiveCardJson } from '../cards/render-card.ts';
import type { Reply } from './ports.ts';

/** What an Action.Execute returns: a card that replaces the clicked one, or a short message; then any follow-up replies. */
export type ActionResult = { card: AdaptiveCardJson; replies?: Reply[] } | { message: string; replies?: Reply[] };
