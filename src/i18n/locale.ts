/** The languages the bot speaks; Vietnamese is the default. */
export type Locale = 'vi' | 'en';

/** Maps a Teams locale such as "en-US" or "vi-VN" to a supported language (Vietnamese unless English). */
export function toLocale(teamsLocale: string | undefined | null): Locale {
  return teamsLocale && /^en\b/i.test(teamsLocale.trim()) ? 'en' : 'vi';
}

/** A catalogue of strings with the same keys in both languages. */
export type Catalogue<T> = Record<Locale, T>;
