import type { CloudAdapter } from '@microsoft/agents-hosting';
import type { Config } from '../config.ts';
import type { Clock } from '../features/clock.ts';
import type { TokenProvider } from '../graph/token-provider.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { ReadinessCheck } from './readiness.ts';

/** The scope the Bot Connector accepts tokens for; the SDK asks for the same one. */
const CONNECTOR_SCOPE = 'https://api.botframework.com';

/**
 * What must work before the bot takes traffic: the store accepts a write (a small probe document),
 * and with credentials, Entra ID gives a token for the Bot Connector and, with Graph, one for Graph
 * (MSAL's cache answers repeated probes without a new request until the token nears expiry).
 */
export function readinessChecks(config: Config, parts: { store: DocumentStore; adapter: CloudAdapter; graphTokens?: TokenProvider; clock: Clock }): ReadinessCheck[] {
  const checks: ReadinessCheck[] = [
    {
      name: 'store',
      run: async () => {
        await parts.store.update('health', 'readyz', () => ({ checkedAt: parts.clock().toISOString() }));
      },
    },
  ];
  if (config.bot) {
    checks.push({
      name: 'connectorToken',
      run: async () => {
        await parts.adapter.connectionManager.getDefaultConnection().getAccessToken(CONNECTOR_SCOPE);
      },
    });
  }
  const graphTokens = parts.graphTokens;
  if (graphTokens) {
    checks.push({
      name: 'graphToken',
      run: async () => {
        await graphTokens.getToken();
      },
    });
  }
  return checks;
}
