import type { ConfidentialClientApplication } from '@azure/msal-node';
import type { AuthConfiguration, AuthProvider } from '@microsoft/agents-hosting';
import { CodedError, ErrorCode } from '../errors/coded-error.ts';
import { createEntraClient, type EntraApp } from '../graph/entra-client.ts';

/** The SDK asked for a kind of token this bot never uses (agentic identities, on-behalf-of). */
export class UnsupportedTokenError extends CodedError {
  constructor(flow: string) {
    super(ErrorCode.Unsupported, `CCHC Bot dùng client credentials, không hỗ trợ ${flow} / this bot uses client credentials only, not ${flow}`, {
      remedy: 'Không bật danh tính agentic hay on-behalf-of cho bot này; dùng CLIENT_ID / CLIENT_SECRET / TENANT_ID / do not enable agentic or on-behalf-of identities for this bot; use its client credentials',
    });
  }
}

/**
 * The Bot Connector token source given to CloudAdapter in place of the SDK's own MSAL client,
 * which cannot be told `knownAuthorities` (Agents SDK 1.8.1): client credentials for
 * `<scope>/.default` from the configured authority host, cached and renewed by MSAL.
 */
export class EntraAuthProvider implements AuthProvider {
  readonly connectionSettings: AuthConfiguration;
  readonly #client: ConfidentialClientApplication;

  constructor(app: EntraApp, connectionSettings: AuthConfiguration) {
    this.connectionSettings = connectionSettings;
    this.#client = createEntraClient(app);
  }

  async getAccessToken(authConfigOrScope: AuthConfiguration | string, scope?: string): Promise<string> {
    const resource = typeof authConfigOrScope === 'string' ? authConfigOrScope : scope;
    if (!resource) throw new UnsupportedTokenError('a token without scope');
    const result = await this.#client.acquireTokenByClientCredential({ scopes: [`${resource.replace(/\/+$/, '')}/.default`] });
    if (!result?.accessToken) throw new Error(`Entra ID không cấp token cho ${resource} / no token for ${resource}`);
    return result.accessToken;
  }

  getAgenticApplicationToken = async (): Promise<string> => {
    throw new UnsupportedTokenError('agentic application tokens');
  };

  getAgenticInstanceToken = async (): Promise<string> => {
    throw new UnsupportedTokenError('agentic instance tokens');
  };

  getAgenticUserToken = async (): Promise<string> => {
    throw new UnsupportedTokenError('agentic user tokens');
  };

  async acquireTokenOnBehalfOf(): Promise<string> {
    throw new UnsupportedTokenError('on-behalf-of');
  }
}
