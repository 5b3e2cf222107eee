import { Client } from '@microsoft/microsoft-graph-client';
import { GraphError, toGraphError } from './graph-error.ts';
import type { TokenProvider } from './token-provider.ts';

export interface GraphApiOptions {
  baseUrl: string;
  tokens: TokenProvider;
  /** A request taking longer is abandoned and reported as a network failure. */
  timeoutMs?: number;
}

/**
 * Thin wrapper over the Graph SDK client. The SDK's RetryHandler already retries 429/503/504
 * honouring Retry-After; here a 401 gets one retry with a fresh token, and every call has a timeout.
 */
export class GraphApi {
  readonly #client: Client;
  readonly #tokens: TokenProvider;
  readonly #timeoutMs: number;
  #forceRefresh = false;

  constructor(options: GraphApiOptions) {
    this.#tokens = options.tokens;
    this.#timeoutMs = options.timeoutMs ?? 60_000;
    this.#client = Client.initWithMiddleware({
      baseUrl: `${options.baseUrl.replace(/\/+$/, '')}/`,
      defaultVersion: 'v1.0',
      // Without this the SDK attaches tokens only to Microsoft's own Graph hosts (not national clouds or test doubles).
      customHosts: new Set([new URL(options.baseUrl).hostname]),
      authProvider: {
        getAccessToken: async () => {
          const force = this.#forceRefresh;
          this.#forceRefresh = false;
          return this.#tokens.getToken(force);
        },
      },
    });
  }

  /** POST a JSON body to a Graph path; returns the parsed response (if any). */
  post<T = unknown>(path: string, body: unknown): Promise<T> {
    return this.#call((signal) => this.#client.api(path).options({ signal }).post(body));
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
          this.#forceRefresh = true;
          continue;
        }
        throw error instanceof GraphError ? error : toGraphError(error);
      }
    }
  }
}
