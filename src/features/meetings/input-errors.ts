import { MeetingInputError } from '../../domain/meetings/index.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MEETING } from '../../i18n/meeting-strings.ts';

/** Runs a meeting rule and turns its MeetingInputError into a localized ValidationError. */
export function withMeetingMessages<T>(locale: Locale, rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof MeetingInputError) throw new ValidationError(error.problem, MEETING[locale].problems[error.problem](error.detail));
    throw error;
  }
}
