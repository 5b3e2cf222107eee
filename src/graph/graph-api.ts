import { Client, HTTPMessageHandler, RetryHandler, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { BearerTokenMiddleware } from './bearer-token-middleware.ts';
import { toGraphError } from './graph-error.ts';
import type { TokenProvider } from './token-provider.ts';

export interface GraphApiOptions {
  baseUrl: string;
  tokens: TokenProvider;
  /** A request taking longer is abandoned and reported as a network failure. */
  timeoutMs?: number;
  /** RetryHandler settings for 429/503/504 (Retry-After wins when Graph sends it). */
  retryDelaySeconds?: number;
  maxRetries?: number;
}

/**
 * Thin wrapper over the Graph SDK client with an explicit middleware chain: token, the SDK's
 * RetryHandler (429/503/504 honouring Retry-After), HTTP; here a 401 gets one retry with a fresh token, and every call has a timeout.
 */
export class GraphApi {
  readonly #client: Client;
  readonly #auth: BearerTokenMiddleware;
  readonly #timeoutMs: number;

  constructor(options: GraphApiOptions) {
    this.#timeoutMs = options.timeoutMs ?? 60_000;
    this.#auth = new BearerTokenMiddleware(options.tokens);
    const retry = new RetryHandler(new RetryHandlerOptions(options.retryDelaySeconds ?? 3, options.maxRetries ?? 3));
    const http = new HTTPMessageHandler();
    this.#auth.setNext(retry);
    retry.setNext(http);
    this.#client = Client.initWithMiddleware({
      baseUrl: `${options.baseUrl.replace(/\/+$/, '')}/`,
      defaultVersion: 'v1.0',
      middleware: this.#auth,
    });
  }

  /** POST a JSON body to a Graph path; returns the parsed response (if any). */
  post<T = unknown>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.#call((signal) => this.#client.api(path).headers(headers).options({ signal }).post(body));
  }

  /** GET a Graph path; returns the parsed response. */
  get<T = unknown>(path: string, headers: Record<string, string> = {}): Promise<T> {
    return this.#call((signal) => this.#client.api(path).headers(headers).options({ signal }).get());
  }

  /** PATCH a JSON body to a Graph path. */
  patch<T = unknown>(path: string, body: unknown): Promise<T> {
    return this.#call((signal) => this.#client.api(path).options({ signal }).patch(body));
  }

  async #call<T>(request: (signal: AbortSignal) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(AbortSignal.timeout(this.#timeoutMs));
      } catch (raw) {
        const error = toGraphError(raw);
        if (error.status === 401 && attempt === 0) {
          this.#auth.forceRefresh = true;
          continue;
        }
        throw error;
      }
    }
  }
}
