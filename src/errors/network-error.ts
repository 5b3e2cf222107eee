import { CodedError, ErrorCode } from './coded-error.ts';

/** The remote services the bot calls. */
export type RemoteService = 'graph' | 'connector';

const SERVICE_NAMES: Record<RemoteService, string> = { graph: 'Microsoft Graph', connector: 'Bot Connector' };

/**
 * A remote service could not be reached or did not answer in time (grammY's HttpError): nothing was
 * refused, so the call may be retried as it is. `status` is 0 so retry policies keyed on HTTP status
 * treat it as transient without a second branch.
 */
export class NetworkError extends CodedError {
  readonly service: RemoteService;
  readonly status = 0;

  constructor(service: RemoteService, detail: string, options: { cause?: unknown } = {}) {
    super(ErrorCode.NetworkFailed, `${SERVICE_NAMES[service]}: không kết nối được hoặc quá thời gian chờ / unreachable or timed out (${detail.slice(0, 300)})`, {
      cause: options.cause,
      remedy:
        'Kiểm tra kết nối mạng và tường lửa tới dịch vụ (và biến *_TIMEOUT_MS); lệnh gọi được thử lại tự động / check network access and firewall rules to the service (and the *_TIMEOUT_MS variables); the call is retried automatically',
    });
    this.service = service;
  }
}
