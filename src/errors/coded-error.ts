/**
 * One taxonomy for every error the bot raises on purpose (after Slack Bolt's `CodedError`):
 * a stable `code` that logs, tests and `main.ts` switch on, a message that already says what is
 * wrong, and `remedy` — what the reader should do about it. Errors outside this taxonomy are bugs
 * or failures of a dependency, and are logged with their stack.
 *
 * This module imports nothing, so pure domain code may raise coded errors too.
 */
export const ErrorCode = {
  /** The environment does not describe a runnable bot (start-up). */
  ConfigInvalid: 'config_invalid',
  /** data/committee.json cannot be read or is invalid (start-up). */
  RosterInvalid: 'roster_invalid',
  /** data/holidays.json cannot be read or is invalid (start-up). */
  HolidaysInvalid: 'holidays_invalid',
  /** Another data file (criteria sets, plans…) cannot be read or is invalid (start-up). */
  DataFileInvalid: 'data_file_invalid',
  /** A state file does not parse; it is not overwritten (start-up). */
  StoreCorrupt: 'store_corrupt',
  /** The database cannot be reached or its schema cannot be migrated (start-up). */
  StoreUnavailable: 'store_unavailable',
  /** The scheduler's cron expression is wrong (start-up). */
  SchedulerConfigInvalid: 'scheduler_config_invalid',
  /** A stored document does not validate against its collection's schema (the message names collection and id). */
  DocumentInvalid: 'document_invalid',
  /** Two instances wrote the same document at once and retries ran out. */
  StoreConflict: 'store_conflict',
  /** A request to the tab API carries no valid SSO token (HTTP 401). */
  Unauthenticated: 'unauthenticated',
  /** The caller is not on the roster. */
  NotMember: 'not_member',
  /** The caller's role does not allow the action. */
  Forbidden: 'forbidden',
  /** Bad input from a user; the message is localized and nothing changed. */
  InvalidInput: 'invalid_input',
  /** A holiday or calendar input is wrong (a programming or data error). */
  CalendarInput: 'calendar_input',
  /** A card would exceed what Teams accepts. */
  CardTooLarge: 'card_too_large',
  /** Microsoft Graph refused a request (it answered with an error status). */
  GraphRefused: 'graph_refused',
  /** The Bot Connector refused a request (it answered with an error status). */
  ConnectorRefused: 'connector_refused',
  /** The SDK asked for something this bot does not do (a token flow other than client credentials). */
  Unsupported: 'unsupported',
  /** A remote service could not be reached in time (network failure, timeout). */
  NetworkFailed: 'network_failed',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes that stop the start with their message alone: the operator fixes a file or a variable, no stack needed. */
export const START_UP_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  ErrorCode.ConfigInvalid,
  ErrorCode.RosterInvalid,
  ErrorCode.HolidaysInvalid,
  ErrorCode.DataFileInvalid,
  ErrorCode.StoreCorrupt,
  ErrorCode.StoreUnavailable,
  ErrorCode.SchedulerConfigInvalid,
]);

/** An error with a code and, when known, what to do about it. */
export class CodedError extends Error {
  readonly code: ErrorCode;
  /** What the reader should do (bilingual for operators, localized for users). */
  readonly remedy: string | undefined;

  constructor(code: ErrorCode, message: string, options: { remedy?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.remedy = options.remedy;
    this.name = new.target.name;
  }
}

/** Whether a thrown value is one of ours (checked by code, so it also holds across module copies). */
export function isCodedError(error: unknown): error is CodedError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && Object.values(ErrorCode).includes((error as CodedError).code);
}

/** Whether a start-up error should be printed as its message alone (the operator's fix is in it). */
export function isStartUpError(error: unknown): error is CodedError {
  return isCodedError(error) && START_UP_CODES.has(error.code);
}
