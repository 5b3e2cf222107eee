import { foldText } from '../../domain/commands/normalize-text.ts';
import { parseLanguageName } from '../../domain/language/choose-locale.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { LANGUAGE } from '../../i18n/language-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';

/** `ngôn ngữ [tiếng Việt|English]` / `language …`: shows the member's language, or stores their choice. */
export async function chooseLanguageCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = requireMember(turn.caller);
  const current = turn.caller.locale;
  const args = turn.args.trim();
  if (!args) {
    const chosen = (await app.memberSettings.locale(member.id)) !== undefined;
    return [{ type: 'text', text: LANGUAGE[current].current(LANGUAGE[current].names[current], chosen) }];
  }
  const locale = parseLanguageName(foldText(args));
  if (!locale) throw new ValidationError('language', LANGUAGE[current].unknown(args.slice(0, 40)));
  await app.memberSettings.setLocale(member.id, locale, app.clock());
  // The confirmation is already in the new language: it is the first answer the member reads in it.
  turn.caller.locale = locale;
  return [{ type: 'text', text: LANGUAGE[locale].changed(LANGUAGE[locale].names[locale]) }];
}
