import { ConfidentialClientApplication } from '@azure/msal-node';

export interface EntraApp {
  clientId: string;
  clientSecret: string;
  tenantId: string;
  /** Login host without tenant, e.g. https://login.microsoftonline.us. */
  authorityHost: string;
}

/**
 * An MSAL confidential client that trusts the configured authority as it is (`knownAuthorities`).
 * Without it msal-node asks the public cloud's discovery host about any host it does not know,
 * which fails with `endpoints_resolution_error` for a private cloud or one it cannot reach.
 */
export function createEntraClient(app: EntraApp): ConfidentialClientApplication {
  const { clientId, clientSecret, tenantId, authorityHost } = app;
  return new ConfidentialClientApplication({
    auth: { clientId, clientSecret, authority: `${authorityHost}/${tenantId}`, knownAuthorities: [new URL(authorityHost).host] },
  });
}
