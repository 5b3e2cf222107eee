import { chooseLocale } from '../domain/language/choose-locale.ts';
import type { Locale } from '../i18n/locale.ts';
import type { AppServices } from './app-services.ts';

/**
 * The language of a proactive message to a member, decided as a turn's is (language step): their
 * choice, else their Teams client's locale when LOCALE_FROM_CLIENT allows it, else DEFAULT_LOCALE.
 */
export async function localeOf(app: Pick<AppServices, 'refs' | 'memberSettings' | 'config'>, memberId: string): Promise<Locale> {
  const [choice, ref] = await Promise.all([app.memberSettings.locale(memberId), app.refs.get(memberId)]);
  return chooseLocale(choice, ref?.locale, app.config.language);
}
