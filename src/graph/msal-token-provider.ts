import type { ConfidentialClientApplication } from '@azure/msal-node';
import type { GraphSettings } from '../config.ts';
import { createEntraClient } from './entra-client.ts';
import { GraphError } from './graph-error.ts';
import type { TokenProvider } from './token-provider.ts';

/** Client-credentials tokens from Microsoft Entra ID via MSAL (cached and renewed by MSAL). */
export class MsalTokenProvider implements TokenProvider {
  readonly #app: ConfidentialClientApplication;
  readonly #scope: string;

  constructor(settings: GraphSettings) {
    this.#app = createEntraClient(settings);
    this.#scope = `${settings.baseUrl}/.default`;
  }

  async getToken(forceRefresh = false): Promise<string> {
    const result = await this.#app.acquireTokenByClientCredential({ scopes: [this.#scope], skipCache: forceRefresh });
    if (!result?.accessToken) {
      throw new GraphError(401, 'no_token', 'MSAL không cấp được token cho Microsoft Graph: kiểm tra GRAPH_CLIENT_ID / GRAPH_CLIENT_SECRET / GRAPH_TENANT_ID và admin consent.');
    }
    return result.accessToken;
  }
}
