import type { Locale } from '../../i18n/locale.ts';
import { HISTORY } from '../../i18n/history-strings.ts';
import type { MailOutcome } from '../ports.ts';
import { formatInstant } from '../../domain/calendar/index.ts';

/** The line shown on the card after mailing a file to the caller. */
export function mailStatus(outcome: MailOutcome, email: string, locale: Locale): string {
  const s = HISTORY[locale].mail;
  switch (outcome.status) {
    case 'sent':
      return s.sentTo(email);
    case 'written':
      return s.written(outcome.path);
    case 'already-sent':
      return s.alreadySent(outcome.at ? formatInstant(outcome.at) : '—');
    case 'queued':
      return s.queued(outcome.error);
  }
}
