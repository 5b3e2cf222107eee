import { CodedError, ErrorCode } from '../errors/coded-error.ts';
import { NetworkError } from '../errors/network-error.ts';

function remedyFor(status: number): string {
  if (status === 401 || status === 403) {
    return 'Kiểm tra GRAPH_CLIENT_ID / GRAPH_CLIENT_SECRET / GRAPH_TENANT_ID, quyền Mail.Send, Mail.ReadWrite và Calendars.ReadWrite và admin consent / check the Graph credentials, the Mail.Send, Mail.ReadWrite and Calendars.ReadWrite permissions and admin consent';
  }
  if (status === 404) return 'Kiểm tra hộp thư MAIL_SENDER / MEETING_ORGANIZER có tồn tại trong tenant / check that the MAIL_SENDER / MEETING_ORGANIZER mailbox exists in the tenant';
  if (status === 429 || status >= 500) return 'Microsoft Graph đang quá tải; việc được giữ lại và thử lại sau / Graph is throttling or failing; the work is kept and retried later';
  return 'Xem mã lỗi và request id trong nhật ký; yêu cầu không được thực hiện / see the code and request id in the log; the request was not carried out';
}

/** Microsoft Graph answered with an error status (it refused the request); unreachable Graph is a NetworkError. */
export class GraphError extends CodedError {
  readonly status: number;
  /** Graph's own error code (e.g. `ErrorItemNotFound`), distinct from the taxonomy's `code`. */
  readonly graphCode: string;
  readonly requestId: string | undefined;

  constructor(status: number, graphCode: string, message: string, requestId?: string) {
    super(ErrorCode.GraphRefused, message, { remedy: remedyFor(status) });
    this.status = status;
    this.graphCode = graphCode;
    this.requestId = requestId;
  }
}

/** Normalises errors from the Graph SDK (which carry statusCode, code and request id): refused with a status, else a network failure. */
export function toGraphError(error: unknown): GraphError | NetworkError {
  if (error instanceof GraphError || error instanceof NetworkError) return error;
  const e = error as { statusCode?: number; code?: string | null; message?: string; requestId?: string | null; name?: string; errorCode?: string };
  const message = String(e.message ?? error).slice(0, 300);
  // MSAL's ServerError means Entra ID answered and refused the credentials (invalid_client…): refused, not unreachable.
  if (e.name === 'ServerError' && e.errorCode) return new GraphError(401, e.errorCode, `Microsoft Entra ID: ${message}`);
  if (typeof e.statusCode !== 'number' || e.statusCode <= 0) return new NetworkError('graph', message, { cause: error });
  return new GraphError(e.statusCode, e.code ?? 'graph_error', `Microsoft Graph ${e.statusCode}: ${message}`, e.requestId ?? undefined);
}
