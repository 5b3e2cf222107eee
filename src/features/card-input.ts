import { cardText as cleanText } from './card-schemas.ts';

/** A text input of a submitted card whose key is only known at run time (numbered task rows, question answers); cleaned like every card text. */
export function cardText(data: Record<string, unknown>, key: string): string {
  return cleanText.parse(data[key]);
}
