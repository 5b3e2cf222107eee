import { MEMBER_SETTINGS } from '../../store/member-settings.ts';
import type { FeatureModule } from '../feature-module.ts';
import { chooseLanguageCommand } from './choose-language.ts';

/** Each member's language, their own choice over the committee default (DEFAULT_LOCALE, LOCALE_FROM_CLIENT). */
export const languageModule: FeatureModule = {
  name: 'language',
  commands: [{ name: 'language', phrases: ['ngon ngu', 'language'], allow: ['language.set'], handler: chooseLanguageCommand }],
  collections: [MEMBER_SETTINGS],
};
