import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths that may carry secrets; pino replaces their values before anything is written. */
const REDACT = [
  'authorization',
  '*.authorization',
  '*.Authorization',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
  'clientSecret',
  '*.clientSecret',
  'token',
  '*.token',
  'access_token',
  '*.access_token',
];

/** Structured JSON logs on stdout; secrets are redacted by path (see REDACT). */
export function createLogger(level = 'info', destination?: NodeJS.WritableStream): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'cchc-bot' } }, destination as pino.DestinationStream | undefined);
}
