/** Gives app-only access tokens for Microsoft Graph. */
export interface TokenProvider {
  /** A valid token; `forceRefresh` skips any cache (after Graph answered 401). */
  getToken(forceRefresh?: boolean): Promise<string>;
}
