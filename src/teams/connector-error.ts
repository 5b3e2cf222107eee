import { CodedError, ErrorCode } from '../errors/coded-error.ts';
import { NetworkError } from '../errors/network-error.ts';

function remedyFor(status: number): string {
  if (status === 401) return 'Kiểm tra CLIENT_ID / CLIENT_SECRET / TENANT_ID của Azure Bot / check the Azure Bot credentials';
  if (status === 403) return 'Thành viên đã chặn bot hoặc rời tenant; nhờ họ mở lại ứng dụng trong Teams / the member blocked the bot or left the tenant; ask them to reopen the app in Teams';
  if (status === 404) return 'Cuộc trò chuyện không còn; thành viên cần mở lại ứng dụng trong Teams / the conversation is gone; the member has to reopen the app in Teams';
  return 'Bot Connector đang quá tải hoặc lỗi; tin được thử lại / the Bot Connector is throttling or failing; the message is retried';
}

/** The Bot Connector answered with an error status (it refused the call); an unreachable connector is a NetworkError. */
export class ConnectorError extends CodedError {
  readonly status: number;
  readonly retryAfterMs: number | undefined;

  constructor(status: number, message: string, retryAfterMs?: number) {
    super(ErrorCode.ConnectorRefused, message, { remedy: remedyFor(status) });
    this.status = status;
    this.retryAfterMs = retryAfterMs;
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

/** Normalises whatever the SDK threw: a ConnectorError with status and Retry-After, or a NetworkError when no status came back. */
export function toConnectorError(error: unknown): ConnectorError | NetworkError {
  if (error instanceof ConnectorError || error instanceof NetworkError) return error;
  const e = error as { status?: number; response?: { status?: number; headers?: unknown }; message?: string; code?: string };
  const status = e.status ?? e.response?.status ?? 0;
  const detail = String(e.message ?? error).slice(0, 300);
  if (!status) return new NetworkError('connector', `${e.code ?? 'network error'}: ${detail}`, { cause: error });
  return new ConnectorError(status, `Bot Connector ${status}: ${detail}`, retryAfterMs(e.response?.headers));
}
