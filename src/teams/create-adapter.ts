import { CloudAdapter, ConnectionManager, getAuthConfigWithDefaults, type AuthConfiguration } from '@microsoft/agents-hosting';
import type { JwtPayload } from 'jsonwebtoken';
import type { Config } from '../config.ts';
import { EntraAuthProvider } from './entra-auth-provider.ts';

/**
 * The SDK's auth configuration: credentials in Azure, empty (anonymous) in local mode. The
 * authority host decides where the inbound check fetches signing keys
 * (`<host>/<tenant>/discovery/v2.0/keys`) and which `<host>/<tenant>/v2.0` issuer it accepts.
 */
export function authConfiguration(config: Config): AuthConfiguration {
  if (!config.bot) return {} as AuthConfiguration;
  const { clientId, clientSecret, tenantId } = config.bot;
  return getAuthConfigWithDefaults({ clientId, clientSecret, tenantId, authority: config.authorityHost });
}

/** One CloudAdapter for the process. */
export function createAdapter(config: Config): CloudAdapter {
  // With credentials, an activity whose serviceUrl differs from the token's serviceurl claim is refused (400),
  // so a replayed token cannot make the bot send its own Bot Framework token to another host.
  const auth = authConfiguration(config);
  const adapter = new CloudAdapter(auth, undefined, undefined, { validateServiceUrl: Boolean(config.bot) });
  if (config.bot) {
    // Every connection the SDK resolves (one here) gets our provider, which trusts the configured authority.
    const bot = { ...config.bot, authorityHost: config.authorityHost };
    adapter.connectionManager = new ConnectionManager((settings) => new EntraAuthProvider(bot, settings), undefined, undefined, auth);
  }
  // The SDK's default handler posts "the bot encountered an error" to the user and swallows the error;
  // our router answers users itself, and the proactive sender must see failures (403, 429) to act on them.
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  return adapter;
}

/**
 * The identity proactive turns run as. With credentials it is the bot's app id; in anonymous local
 * mode an identity without audience makes the SDK talk to the Playground without a token.
 */
export function proactiveIdentity(config: Config): string | JwtPayload {
  return config.bot ? config.bot.clientId : ({} as JwtPayload);
}
