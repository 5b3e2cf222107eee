/** A Bot Connector call failed; `status` is the HTTP status (0 for network errors and timeouts). */
export class ConnectorError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ConnectorError';
  }
}

function retryAfterMs(headers: unknown): number | undefined {
  const raw = headers instanceof Headers ? headers.get('retry-after') : (headers as Record<string, string> | undefined)?.['retry-after'];
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Normalises whatever the SDK threw into a ConnectorError with status and Retry-After. */
export function toConnectorError(error: unknown): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const e = error as { status?: number; response?: { status?: number; headers?: unknown }; message?: string; code?: string };
  const status = e.status ?? e.response?.status ?? 0;
  return new ConnectorError(status, `Bot Connector ${status || e.code || 'network error'}: ${String(e.message ?? error).slice(0, 300)}`, retryAfterMs(e.response?.headers));
}
