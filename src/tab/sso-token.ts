import { CodedError, ErrorCode } from '../errors/coded-error.ts';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

/** Where the tab's SSO tokens come from and who they must be for. */
export interface SsoSettings {
  /** Application ID URI of the tab's app registration: api://<domain>/<client id>. */
  audience: string;
  /** The app registration's client id (v2 tokens carry it as the audience). */
  clientId: string;
  tenantId: string;
  /** Entra login host without tenant, e.g. https://login.microsoftonline.com. */
  authorityHost: string;
}

/** Why a token was refused, for the log; the caller only ever sees 401. */
export class SsoTokenError extends CodedError {
  constructor(reason: string) {
    super(ErrorCode.Unauthenticated, `tab SSO token refused: ${reason}`, { remedy: 'open the tab inside Teams (it asks Entra ID for a token); check the app registration in the README (Application ID URI, access_as_user, pre-authorised Teams clients)' });
  }
}

/**
 * Checks a Teams SSO token (authentication.getAuthToken): signed by a key of the tenant's Entra JWKS,
 * issued by that tenant (v1 or v2 issuer), for the tab's Application ID URI (or client id), with the
 * access_as_user scope. Resolves with the user's Entra object id.
 */
export function createSsoVerifier(settings: SsoSettings, keys?: JWTVerifyGetKey): (token: string) => Promise<string> {
  const jwks = keys ?? createRemoteJWKSet(new URL(`${settings.authorityHost}/${settings.tenantId}/discovery/v2.0/keys`));
  const issuers = [`${settings.authorityHost}/${settings.tenantId}/v2.0`, `https://sts.windows.net/${settings.tenantId}/`];
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, { issuer: issuers, audience: [settings.audience, settings.clientId], algorithms: ['RS256'], clockTolerance: 60 }));
    } catch (error) {
      throw new SsoTokenError(error instanceof Error ? error.message : String(error));
    }
    if (payload.tid !== settings.tenantId) throw new SsoTokenError('token of another tenant');
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes('access_as_user')) throw new SsoTokenError('token without the access_as_user scope');
    if (typeof payload.oid !== 'string' || !payload.oid) throw new SsoTokenError('token without an object id');
    return payload.oid.toLowerCase();
  };
}
