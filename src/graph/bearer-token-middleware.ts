import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from './token-provider.ts';

/**
 * Puts the app-only token on every request of the chain. The SDK's own AuthenticationHandler only
 * authenticates https URLs of known Graph hosts; this client talks to exactly one configured base
 * URL (a national cloud, or a test double), so it always authenticates.
 */
export class BearerTokenMiddleware implements Middleware {
  #next?: Middleware;
  /** Set after a 401 so the next token skips the cache. */
  forceRefresh = false;

  constructor(private readonly tokens: TokenProvider) {}

  async execute(context: Context): Promise<void> {
    const force = this.forceRefresh;
    this.forceRefresh = false;
    const token = await this.tokens.getToken(force);
    const options = (context.options ??= {});
    if (options.headers instanceof Headers) options.headers.set('Authorization', `Bearer ${token}`);
    else options.headers = { ...(options.headers as Record<string, string> | undefined), Authorization: `Bearer ${token}` };
    await this.#next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.#next = next;
  }
}
