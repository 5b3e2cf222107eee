import type { Locale } from '../i18n/locale.ts';
import type { AppServices } from './app-services.ts';

/** The language a member last used with the bot (Vietnamese when unknown). */
export async function localeOf(app: Pick<AppServices, 'refs'>, memberId: string): Promise<Locale> {
  return (await app.refs.get(memberId))?.locale ?? 'vi';
}
