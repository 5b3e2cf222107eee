import type { GraphApi } from '../../../src/graph/graph-api.ts';
import type { TokenProvider } from '../../../src/graph/token-provider.ts';

/**
 * Test-only Graph client for a plain-http FakeGraph: the Graph SDK behind GraphApi attaches the bearer
 * token only to https hosts, so over loopback http it sends none (reported to the lead as a GraphApi gap).
 */
export function authorizedGraph(baseUrl: string, tokens: TokenProvider): Pick<GraphApi, 'post' | 'patch'> {
  const call = async <T>(method: string, path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/v1.0${path}`, { method, headers: { authorization: `Bearer ${await tokens.getToken()}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`Graph ${response.status}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return { post: (path, body) => call('POST', path, body), patch: (path, body) => call('PATCH', path, body) };
}
