/** A language the bot speaks (the same values as i18n's Locale; the domain imports nothing outward). */
export type Language = 'vi' | 'en';

/** The committee's language rules: its default, and whether a Teams client's own locale counts. */
export interface LanguagePolicy {
  defaultLocale: Language;
  /** LOCALE_FROM_CLIENT: an English Teams client turns the bot English for a member who chose nothing. */
  fromClient: boolean;
}

/**
 * The language of a member's answers: their own choice first; then the Teams client's locale when
 * the committee allows it; else the committee default. A Vietnamese office whose Teams client is in
 * English still reads Vietnamese unless the member chose otherwise.
 */
export function chooseLocale(choice: Language | undefined, client: Language | undefined, policy: LanguagePolicy): Language {
  if (choice) return choice;
  if (policy.fromClient && client) return client;
  return policy.defaultLocale;
}

/** Maps a Teams or configured locale ("en-US", "vi-VN", "en", "vi") to a language; undefined for anything else. */
export function languageOfTag(tag: string | undefined | null): Language | undefined {
  const t = tag?.trim().toLowerCase();
  if (!t) return undefined;
  if (/^en(-[a-z0-9]+)*$/.test(t)) return 'en';
  if (/^vi(-[a-z0-9]+)*$/.test(t)) return 'vi';
  return undefined;
}

const NAMES: Record<string, Language> = {
  'tieng viet': 'vi',
  viet: 'vi',
  'viet nam': 'vi',
  vietnamese: 'vi',
  vi: 'vi',
  'vi-vn': 'vi',
  'tieng anh': 'en',
  anh: 'en',
  english: 'en',
  en: 'en',
  'en-us': 'en',
  'en-gb': 'en',
};

/** The language a member names after `ngôn ngữ` / `language` (folded text: "tieng viet", "english"); undefined if none. */
export function parseLanguageName(folded: string): Language | undefined {
  return NAMES[folded.trim().replace(/[.!]+$/, '')];
}
