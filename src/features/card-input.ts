import { cleanUserText } from '../domain/commands/normalize-text.ts';

/** A text input of a submitted card, cleaned (NFC, no control characters) and trimmed; '' when absent or not text. */
export function cardText(data: Record<string, unknown>, key: string): string {
  const value = data[key];
  return typeof value === 'string' ? cleanUserText(value).trim() : '';
}
