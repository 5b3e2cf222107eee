import { pino, type Logger } from 'pino';
import type { Config } from '../config.ts';

export type { Logger };

/** Paths that may carry secrets; pino replaces their values before anything is written. */
const REDACT = [
  'authorization',
  '*.authorization',
  '*.Authorization',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
  'err.config.headers.Authorization',
  'err.config.headers.authorization',
  'err.response.config.headers.Authorization',
  'err.response.config.headers.authorization',
  'clientSecret',
  '*.clientSecret',
  'token',
  '*.token',
  'access_token',
  '*.access_token',
];

// Bearer values and JWTs anywhere in a line (an error message that quotes a header, a URL with a token).
const BEARER = /\b(Bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi;
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The configured secret values a log line must never contain (client secrets of the bot and of Graph). */
export function configSecrets(config: Pick<Config, 'bot' | 'graph'> & Partial<Pick<Config, 'databaseUrl'>>): string[] {
  return [config.bot?.clientSecret, config.graph?.clientSecret, databasePassword(config.databaseUrl)].filter((s): s is string => typeof s === 'string' && s.length >= 4);
}

/** The password inside a postgres:// URL, so a driver error quoting the URL never prints it. */
function databasePassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    // An unparsable URL was already refused by readConfig; there is no password to hide.
    return undefined;
  }
}

/** Removes bearer tokens, JWTs and the given secret values from one serialised log line. */
export function scrubLine(line: string, secrets: readonly string[] = []): string {
  let out = line.replace(BEARER, '$1[redacted]').replace(JWT, '[redacted-jwt]');
  for (const secret of secrets) {
    // JSON-escaped too, since the line is already serialised.
    for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)])) out = out.replace(new RegExp(escapeRegExp(form), 'g'), '[redacted]');
  }
  return out;
}

/**
 * Structured JSON logs on stdout. Secrets are redacted by path (see REDACT) and, as a last line of
 * defence for errors whose shape we do not control (SDK HTTP errors carry request headers), every
 * written line is scrubbed of bearer tokens, JWTs and the configured secret values.
 */
export function createLogger(level = 'info', destination?: NodeJS.WritableStream, secrets: readonly string[] = []): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: '[redacted]' },
      base: { app: 'cchc-bot' },
      hooks: { streamWrite: (line) => scrubLine(line, secrets) },
    },
    destination as pino.DestinationStream | undefined,
  );
}
