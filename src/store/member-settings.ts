import type { Locale } from '../i18n/locale.ts';
import type { DocumentStore } from './document-store.ts';
import { repository, type Repository } from './repository.ts';
import { MEMBER_SETTING_SHAPE } from './shapes/member-shapes.ts';

/** What a member chose for themselves (today: their language), one small document each. */
export interface MemberSetting {
  memberId: string;
  locale?: Locale;
  updatedAt: string;
}

/** Declared by the language feature's module (features/language/module.ts), so it is verified at start. */
export const MEMBER_SETTINGS = 'member-settings';

/** Members' own choices, kept apart from conversation references (which change with every install). */
export class MemberSettings {
  readonly #settings: Repository<MemberSetting>;

  constructor(store: DocumentStore) {
    this.#settings = repository(store, MEMBER_SETTINGS, MEMBER_SETTING_SHAPE);
  }

  /** The language the member chose, if they ever did. */
  async locale(memberId: string): Promise<Locale | undefined> {
    return (await this.#settings.get(memberId))?.locale;
  }

  /** Records the member's language; writes nothing when it is already theirs. */
  async setLocale(memberId: string, locale: Locale, at: Date): Promise<void> {
    await this.#settings.update(memberId, (current) => {
      if (current?.locale === locale) return undefined;
      return { ...(current ?? { memberId }), memberId, locale, updatedAt: at.toISOString() };
    });
  }
}
